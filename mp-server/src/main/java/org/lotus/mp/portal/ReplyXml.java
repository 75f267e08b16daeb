package org.lotus.mp.portal;

/** Writes passive replies as WeChat expects them, text in CDATA sections. */
final class ReplyXml {

    private ReplyXml() {}

    static String of(Reply reply, InboundMessage to, long now) {
        StringBuilder xml = new StringBuilder(512).append("<xml>");
        cdata(xml, "ToUserName", to.sender());
        cdata(xml, "FromUserName", to.account());
        xml.append("<CreateTime>").append(now).append("</CreateTime>");
        if (reply instanceof Reply.Text text) {
            cdata(xml, "MsgType", "text");
            cdata(xml, "Content", text.content());
        } else if (reply instanceof Reply.News news) {
            cdata(xml, "MsgType", "news");
            xml.append("<ArticleCount>1</ArticleCount><Articles><item>");
            cdata(xml, "Title", news.title());
            cdata(xml, "Description", news.description());
            cdata(xml, "PicUrl", news.pictureUrl());
            cdata(xml, "Url", news.url());
            xml.append("</item></Articles>");
        } else if (reply instanceof Reply.Voice voice) {
            cdata(xml, "MsgType", "voice");
            xml.append("<Voice>");
            cdata(xml, "MediaId", voice.mediaId());
            xml.append("</Voice>");
        } else {
            throw new IllegalArgumentException("nothing to write");
        }
        return xml.append("</xml>").toString();
    }

    static String encrypted(String encrypt, String signature, long timestamp, String nonce) {
        StringBuilder xml = new StringBuilder(encrypt.length() + 200).append("<xml>");
        cdata(xml, "Encrypt", encrypt);
        cdata(xml, "MsgSignature", signature);
        xml.append("<TimeStamp>").append(timestamp).append("</TimeStamp>");
        cdata(xml, "Nonce", nonce);
        return xml.append("</xml>").toString();
    }

    private static void cdata(StringBuilder xml, String element, String value) {
        xml.append('<')
                .append(element)
                .append("><![CDATA[")
                .append(value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></")
                .append(element)
                .append('>');
    }
}
