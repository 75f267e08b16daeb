package org.lotus.mp.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the simulated WeChat remembers, saved as one JSON file: its readers and their conversations, the last
 * menu, drafts, publications, media and materials, access tokens and QR codes. Plain fields, written under one lock.
 */
public final class SimulatorData {

    public long nextId = 1;
    public List<Reader> readers = new ArrayList<>();
    /** The last {@code menu/create} body, as sent: {@code {"button":[...]}}. */
    public Map<String, Object> menu;

    public Map<String, Draft> drafts = new LinkedHashMap<>();
    public List<Publication> publications = new ArrayList<>();
    public Map<String, Media> media = new LinkedHashMap<>();
    public Map<String, Long> tokens = new LinkedHashMap<>();
    public List<QrCode> qrCodes = new ArrayList<>();
    public List<MassSend> massSends = new ArrayList<>();

    /** A simulated reader: a name for staff, an openid as WeChat would give, and the conversation. */
    public static final class Reader {
        public long id;
        public String name;
        public String openid;
        public boolean following;
        /** Last message, tap, follow or scan (epoch ms): WeChat's 48-hour customer-service window starts here. */
        public long lastInteraction;

        public List<ChatEntry> chat = new ArrayList<>();
    }

    /** One message of a conversation, in either direction. */
    public static final class ChatEntry {
        public long at;
        /** {@code reader} or {@code account}. */
        public String from;
        /** text, voice, image, news, event. */
        public String type;

        public String text;
        public String title;
        public String description;
        public String url;
        public String picUrl;
        public String mediaId;
        /** For the account's messages: passive, custom, mass, preview. */
        public String via;
    }

    /** A draft from {@code draft/add}. */
    public static final class Draft {
        public String mediaId;
        public List<Map<String, Object>> articles = new ArrayList<>();
        public long createdAt;
    }

    /** A publication from {@code freepublish/submit}. */
    public static final class Publication {
        public String publishId;
        public String draftMediaId;
        public String articleId;
        public String title;
        public String html;
        /** WeChat's publish_status: 1 publishing, 0 published, 5 deleted. */
        public int status = 1;

        public long submittedAt;
        /** Whether our portal acknowledged PUBLISHJOBFINISH. */
        public boolean eventDelivered;
    }

    /** A file WeChat holds: a reader's voice or image, a permanent material, a body image. */
    public static final class Media {
        public String mediaId;
        /** image, voice, thumb, video. */
        public String type;

        public String contentType;
        public String fileName;
        public boolean permanent;
        public long createdAt;
    }

    /** A QR code from {@code qrcode/create}. */
    public static final class QrCode {
        public String ticket;
        public String sceneStr;
        public String url;
        public String actionName;
    }

    /** A mass send ({@code message/mass/sendall} or {@code preview}). */
    public static final class MassSend {
        public long msgId;
        public String msgtype;
        public boolean preview;
        public int sentCount;
        public long at;
    }
}
