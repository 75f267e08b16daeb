package org.lotus.mp.portal;

import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads WeChat's flat XML with StAX (Woodstox), refusing any DOCTYPE: no DTD is read and no entity is resolved (XXE). Leaves
 * are collected by their path under the root, e.g. {@code Content} or {@code PublishEventInfo/publish_id}.
 */
final class PushXml {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_ELEMENTS = 512;
    private static final XMLInputFactory FACTORY = hardenedFactory();

    private PushXml() {}

    /** A parsed document: every leaf in document order, and the first value of each path. */
    record Document(List<Map.Entry<String, String>> leaves, Map<String, String> first) {

        String get(String path) {
            return first.get(path);
        }
    }

    static Document parse(byte[] xml) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(utf8(xml)));
            return read(reader);
        } catch (XMLStreamException | WstxLazyException e) {
            // Woodstox reports some errors (e.g. a character reference to NUL) only when the text is read.
            throw new MalformedXmlException("body is not well-formed XML");
        } finally {
            close(reader);
        }
    }

    /**
     * WeChat sends UTF-8 only; decoding strictly here also keeps the StAX reader from printing its own errors. A byte
     * order mark before {@code <xml>} is dropped, as other WeChat libraries do.
     */
    private static String utf8(byte[] xml) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(xml))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MalformedXmlException("body is not UTF-8");
        }
    }

    private static Document read(XMLStreamReader reader) throws XMLStreamException {
        List<Map.Entry<String, String>> leaves = new ArrayList<>();
        Map<String, String> first = new HashMap<>();
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean leaf = false;
        boolean rootSeen = false;
        int elements = 0;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD,
                        XMLStreamConstants.ENTITY_REFERENCE,
                        XMLStreamConstants.ENTITY_DECLARATION ->
                    throw new MalformedXmlException("DOCTYPE and entities are not accepted");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (path.isEmpty()) {
                        if (rootSeen || !"xml".equals(name)) {
                            throw new MalformedXmlException("root element must be <xml>");
                        }
                        rootSeen = true;
                    }
                    if (++elements > MAX_ELEMENTS || path.size() >= MAX_DEPTH) {
                        throw new MalformedXmlException("document too large or too deep");
                    }
                    path.add(name);
                    text.setLength(0);
                    leaf = true;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (leaf) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (leaf && path.size() > 1) {
                        String key = String.join("/", path.subList(1, path.size()));
                        String value = text.toString().strip();
                        leaves.add(Map.entry(key, value));
                        first.putIfAbsent(key, value);
                    }
                    leaf = false;
                    path.remove(path.size() - 1);
                }
                default -> {}
            }
        }
        if (!rootSeen) {
            throw new MalformedXmlException("no <xml> element");
        }
        return new Document(List.copyOf(leaves), Map.copyOf(first));
    }

    private static XMLInputFactory hardenedFactory() {
        // Woodstox, named rather than looked up: the JDK's own reader costs about four times as much per push.
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Errors are thrown to us; the default reporter would also print them on the console.
        factory.setXMLReporter((message, type, info, location) -> {});
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing was opened beyond the byte array.
            }
        }
    }
}
