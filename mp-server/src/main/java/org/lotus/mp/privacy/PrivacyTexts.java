package org.lotus.mp.privacy;

/** What readers are told about their safety and their data, in plain simplified Chinese. */
public final class PrivacyTexts {

    /** The words a reader sends to have everything about them erased. */
    public static final String ERASE_REQUEST = "删除我的信息";

    /** The word a reader sends to read the privacy notice. */
    public static final String PRIVACY_KEYWORD = "隐私";

    public static final String URGENT_REPLY = """
            我们收到了你的消息，你不是一个人。
            如果你现在有危险，请马上打电话：
            • 17 报警（警察）
            • 15 急救（SAMU）
            • 112 欧洲紧急电话（可以说英语）
            如果发生了没有保护的关系、工具破了或被强迫：48小时内（越早越好）去任何医院急诊或 CeGIDD 说"TPE"，可以免费拿阻断药。
            先不要洗澡、不要洗衣服，保留证据。
            我们的工作人员会尽快用中文回复你，可以陪你去医院或报案。""";

    public static final String PRIVACY_NOTICE = """
            【你的隐私】
            • 我们保存什么：你的留言、语音和图片，以及一个代号。我们不保存你的微信号，只加密保存用来回复你的编号。
            • 保存多久：语音30天，文字和图片180天，之后自动删除。取消关注30天后，关于你的一切都会删除。
            • 谁能看到：只有我们的健康调解员和经过培训的同伴志愿者。我们不会交给警察、房东或家人。
            • 怎样删除：随时发送"删除我的信息"，我们会删除关于你的所有内容，并告诉你已经删除。""";

    public static final String ERASED = "你的所有信息（留言、语音、图片和代号）都已经删除了。如果以后需要帮助，随时可以再给我们留言。";

    private PrivacyTexts() {}
}
