package org.lotus.mp.replies;

import java.util.Arrays;
import java.util.Optional;
import org.lotus.mp.privacy.PrivacyTexts;

/**
 * The stable keys of the automatic replies, with the texts they are seeded from (Chinese served to readers, French
 * shown to staff). Keys never change; the texts are edited in the CMS or through {@code /api/replies}.
 */
public enum ReplyKey {
    WELCOME(
            "welcome",
            """
            欢迎关注！这里是为在巴黎的华人姐妹服务的健康和权益项目。
            我们提供：健康知识和免费检测信息、紧急阻断（TPE）、医保申请帮助、你的权利、陪同看病和报案、翻译。
            所有服务都是免费、保密的，不需要证件。我们不会把你的信息交给警察、房东或家人。
            点下面的菜单可以看各个栏目。想找我们，直接在对话框里打字或者发语音就可以留言，我们会用中文回复你。""",
            "Bienvenue ! Programme de santé et de droits pour les femmes chinoises à Paris : informations santé et"
                    + " dépistage gratuit, traitement d'urgence (TPE), aide à l'assurance maladie, droits,"
                    + " accompagnement, traduction. Tout est gratuit, confidentiel, sans papiers. Rien n'est transmis à"
                    + " la police, au logeur ou à la famille. Le menu mène aux rubriques ; on peut nous écrire ou"
                    + " envoyer un message vocal."),
    TEXT_RECEIVED(
            "text-received",
            """
            收到你的留言了，谢谢你的信任。我们会尽快用中文回复你，你的留言只有我们的工作人员能看到。
            紧急情况请先打电话：17 报警，15 急救，112 欧洲急救。""",
            "Message reçu, merci de votre confiance. Nous répondons en chinois au plus vite ; seule notre équipe"
                    + " le lit. En urgence : 17 police, 15 SAMU, 112 urgences européennes."),
    VOICE_RECEIVED(
            "voice-received",
            "收到你的语音了，我们会认真听，尽快用中文回复你。你的留言只有我们的工作人员能看到。",
            "Message vocal reçu : nous l'écoutons et répondons en chinois au plus vite. Seule notre équipe l'entend."),
    IMAGE_RECEIVED(
            "image-received",
            "收到你的图片了。如果是看不懂的信件，我们会帮你看，并用中文解释给你，请稍等。",
            "Image reçue. Si c'est un courrier difficile à comprendre, nous l'expliquons en chinois."),
    VIDEO_RECEIVED(
            "video-received",
            "收到你的视频了，我们会尽快回复你。你的留言只有我们的工作人员能看到。",
            "Vidéo reçue, nous répondons au plus vite. Seule notre équipe la voit."),
    LINK_RECEIVED(
            "link-received",
            """
            收到你的留言了，谢谢你的信任。我们会尽快用中文回复你，你的留言只有我们的工作人员能看到。
            紧急情况请先打电话：17 报警，15 急救，112 欧洲急救。""",
            "Lien reçu, merci. Nous répondons en chinois au plus vite ; seule notre équipe le voit. En urgence : 17"
                    + " police, 15 SAMU, 112."),
    LOCATION(
            "location",
            """
            谢谢你。为了保护你的安全，我们不保存任何人的位置，所以这条位置没有留下。
            如果你需要帮助，或者想让我们陪你去什么地方，请用文字或语音告诉我们。""",
            "Merci. Pour votre sécurité, nous ne gardons la position de personne : celle-ci n'a pas été conservée."
                    + " Pour être aidée ou accompagnée, écrivez-nous ou envoyez un message vocal."),
    NOT_ACCEPTED(
            "not-accepted",
            "抱歉，这种消息我们暂时收不到。你可以给我们发文字、语音、图片或视频，我们会尽快用中文回复你。",
            "Désolées, ce type de message ne nous parvient pas. Envoyez du texte, un message vocal, une image ou"
                    + " une vidéo."),
    UNKNOWN_SECTION(
            "unknown-section",
            "这个栏目正在更新，请稍后再看。有问题可以直接给我们留言。",
            "Cette rubrique est en cours de mise à jour. Vous pouvez nous écrire."),
    UNAVAILABLE(
            "unavailable",
            "系统暂时有点忙，请稍后再点一次。有问题可以直接给我们留言。",
            "Le service est momentanément occupé, réessayez un peu plus tard. Vous pouvez nous écrire."),
    URGENT(
            "urgent",
            PrivacyTexts.URGENT_REPLY,
            "Vous n'êtes pas seule. En danger : 17 police, 15 SAMU, 112. Après un rapport non protégé, un outil"
                    + " rompu ou une contrainte : dans les 48 h, aux urgences ou au CeGIDD, demander le « TPE »"
                    + " (gratuit). Ne pas se laver ni laver les vêtements. Notre équipe répond en chinois et peut"
                    + " accompagner à l'hôpital ou au commissariat."),
    PRIVACY(
            "privacy",
            PrivacyTexts.PRIVACY_NOTICE,
            "Votre vie privée : nous gardons vos messages, voix et images sous un pseudonyme, jamais votre"
                    + " identifiant WeChat en clair. Voix 30 jours, texte et images 180 jours, tout 30 jours après le"
                    + " désabonnement. Seules la médiatrice et les paires formées les voient ; rien n'est transmis."
                    + " Envoyez « 删除我的信息 » pour tout effacer."),
    ERASED(
            "erased",
            PrivacyTexts.ERASED,
            "Toutes vos informations (messages, voix, images, pseudonyme) sont effacées. Vous pouvez nous réécrire"
                    + " à tout moment."),
    ERASURE_FAILED(
            "erasure-failed",
            "抱歉，现在暂时删不了，请过一会儿再发一次“删除我的信息”。",
            "Désolées, l'effacement est impossible pour l'instant : renvoyez « 删除我的信息 » un peu plus tard.");

    private final String key;
    private final String seedText;
    private final String seedTextFr;

    ReplyKey(String key, String seedText, String seedTextFr) {
        this.key = key;
        this.seedText = seedText;
        this.seedTextFr = seedTextFr;
    }

    public String key() {
        return key;
    }

    /** The Chinese text the reply was seeded with, served when the stored one cannot be read. */
    public String seedText() {
        return seedText;
    }

    public String seedTextFr() {
        return seedTextFr;
    }

    public static Optional<ReplyKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
