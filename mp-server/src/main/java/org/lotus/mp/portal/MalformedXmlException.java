package org.lotus.mp.portal;

/** The only exception {@link PushXml} throws: the body is not a WeChat XML document we will read. */
public class MalformedXmlException extends PushRefusedException {

    MalformedXmlException(String reason) {
        super(400, reason);
    }
}
