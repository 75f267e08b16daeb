package org.lotus.mp.portal;

import java.util.Locale;
import org.lotus.mp.privacy.PrivacyTexts;
import org.lotus.mp.privacy.ReaderErasure;
import org.lotus.mp.privacy.UrgentSignals;
import org.springframework.stereotype.Component;

/** What a reader gets back, in simplified Chinese, for each kind of push. */
@Component
class Replies {

    static final String WELCOME = """
            欢迎关注！这里是为在巴黎的华人姐妹服务的健康和权益项目。
            我们提供：健康知识和免费检测信息、紧急阻断（TPE）、医保申请帮助、你的权利、陪同看病和报案、翻译。
            所有服务都是免费、保密的，不需要证件。我们不会把你的信息交给警察、房东或家人。
            点下面的菜单可以看各个栏目。想找我们，直接在对话框里打字或者发语音就可以留言，我们会用中文回复你。""";

    static final String TEXT_RECEIVED = """
            收到你的留言了，谢谢你的信任。我们会尽快用中文回复你，你的留言只有我们的工作人员能看到。
            紧急情况请先打电话：17 报警，15 急救，112 欧洲急救。""";

    static final String VOICE_RECEIVED = "收到你的语音了，我们会认真听，尽快用中文回复你。你的留言只有我们的工作人员能看到。";

    static final String IMAGE_RECEIVED = "收到你的图片了。如果是看不懂的信件，我们会帮你看，并用中文解释给你，请稍等。";

    static final String VIDEO_RECEIVED = "收到你的视频了，我们会尽快回复你。你的留言只有我们的工作人员能看到。";

    static final String LOCATION_NOT_KEPT = """
            谢谢你。为了保护你的安全，我们不保存任何人的位置，所以这条位置没有留下。
            如果你需要帮助，或者想让我们陪你去什么地方，请用文字或语音告诉我们。""";

    static final String NOT_ACCEPTED = "抱歉，这种消息我们暂时收不到。你可以给我们发文字、语音、图片或视频，我们会尽快用中文回复你。";

    static final String UNKNOWN_SECTION = "这个栏目正在更新，请稍后再看。有问题可以直接给我们留言。";

    static final String UNAVAILABLE = "系统暂时有点忙，请稍后再点一次。有问题可以直接给我们留言。";

    static final String ERASURE_FAILED = "抱歉，现在暂时删不了，请过一会儿再发一次“删除我的信息”。";

    private final SectionReplies sections;
    private final UrgentSignals urgentSignals;
    private final ReaderErasure erasure;

    Replies(SectionReplies sections, UrgentSignals urgentSignals, ReaderErasure erasure) {
        this.sections = sections;
        this.urgentSignals = urgentSignals;
        this.erasure = erasure;
    }

    /** A text that is a request to the account (erase my data, privacy notice), not a message to keep. */
    static boolean isRequest(InboundMessage message) {
        if (!"text".equals(message.type()) || message.get("Content") == null) {
            return false;
        }
        String text = message.get("Content").strip();
        return text.equals(PrivacyTexts.ERASE_REQUEST) || text.equals(PrivacyTexts.PRIVACY_KEYWORD);
    }

    Reply to(InboundMessage message) {
        if (message.isEvent()) {
            return switch (message.event().toLowerCase(Locale.ROOT)) {
                case "subscribe" -> new Reply.Text(WELCOME);
                case "click" -> sections.replyTo(message.eventKey());
                default -> Reply.NONE;
            };
        }
        if (isRequest(message)) {
            return answerRequest(message);
        }
        if (urgentSignals.isUrgent(message.get("Content")) || urgentSignals.isUrgent(message.get("Recognition"))) {
            return new Reply.Text(PrivacyTexts.URGENT_REPLY);
        }
        return switch (message.type()) {
            case "text", "link" -> new Reply.Text(TEXT_RECEIVED);
            case "voice" -> new Reply.Text(VOICE_RECEIVED);
            case "image" -> new Reply.Text(IMAGE_RECEIVED);
            case "video", "shortvideo" -> new Reply.Text(VIDEO_RECEIVED);
            case "location" -> new Reply.Text(LOCATION_NOT_KEPT);
            default -> new Reply.Text(NOT_ACCEPTED);
        };
    }

    private Reply answerRequest(InboundMessage message) {
        if (message.get("Content").strip().equals(PrivacyTexts.PRIVACY_KEYWORD)) {
            return new Reply.Text(PrivacyTexts.PRIVACY_NOTICE);
        }
        try {
            erasure.eraseReader(message.sender());
            return new Reply.Text(PrivacyTexts.ERASED);
        } catch (RuntimeException e) {
            return new Reply.Text(ERASURE_FAILED);
        }
    }
}
