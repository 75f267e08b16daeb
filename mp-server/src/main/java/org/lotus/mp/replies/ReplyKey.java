package org.lotus.mp.replies;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
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
            "Désolées, l'effacement est impossible pour l'instant : renvoyez « 删除我的信息 » un peu plus tard."),
    SAFETY_START(
            "safety-start",
            SafetySeeds.START,
            "Alerte entre collègues, étape 1 (début du signalement) : « On y va pas à pas, par écrit ou en vocal ;"
                    + " « 取消 » pour arrêter. Que s'est-il passé ? Que vous a fait ce client ? »"),
    SAFETY_ASK_PHONE(
            "safety-ask-phone",
            SafetySeeds.ASK_PHONE,
            "Étape 2 : « Quel est le numéro de ce client ? « 跳过 » si vous ne le savez pas. »"),
    SAFETY_PHONE_NOT_UNDERSTOOD(
            "safety-phone-not-understood",
            SafetySeeds.PHONE_NOT_UNDERSTOOD,
            "Numéro illisible : « Renvoyez-le (06 12 34 56 78 ou +33 6 12 34 56 78), ou « 跳过 ». »"),
    SAFETY_ASK_AREA(
            "safety-ask-area",
            SafetySeeds.ASK_AREA,
            "Étape 3 : « Où cela s'est-il passé ? L'arrondissement ou le métro suffit ; « 跳过 » pour ne pas dire. »"),
    SAFETY_ASK_WHEN(
            "safety-ask-when",
            SafetySeeds.ASK_WHEN,
            "Étape 4 : « Quand ? (hier soir, le 20 novembre) ; « 跳过 » pour ne pas dire. »"),
    SAFETY_ASK_WHAT_AGAIN(
            "safety-ask-what-again",
            SafetySeeds.ASK_WHAT_AGAIN,
            "Relance de l'étape 1 : « Dites ce qui s'est passé, par écrit ou en vocal ; « 取消 » pour arrêter. »"),
    SAFETY_CONFIRM(
            "safety-confirm",
            SafetySeeds.CONFIRM,
            "Récapitulatif avant envoi : « Confirmez votre signalement : {summary} — 1 pour envoyer, « 取消 » pour"
                    + " abandonner. » {summary} est remplacé par ce qu'elle a dit (faits, vocaux, numéro, lieu, moment).",
            "summary"),
    SAFETY_SUMMARY(
            "safety-summary",
            SafetySeeds.SUMMARY,
            "Récapitulatif, une ligne par fait (dans {summary} de « safety-confirm ») : « Ce qui s'est passé : {what} /"
                    + " Vocaux : {voices} / Numéro : {phone} / Lieu : {area} / Moment : {when} ». La ligne de {what}"
                    + " est omise sans récit écrit, celle de {voices} sans vocal.",
            "what",
            "voices",
            "phone",
            "area",
            "when"),
    SAFETY_SUMMARY_NO_PHONE(
            "safety-summary-no-phone",
            SafetySeeds.SUMMARY_NO_PHONE,
            "Récapitulatif, à la place du numéro quand elle l'a passé : « Je ne sais pas »."),
    SAFETY_SUMMARY_NOT_SAID(
            "safety-summary-not-said",
            SafetySeeds.SUMMARY_NOT_SAID,
            "Récapitulatif, à la place du lieu ou du moment quand elle l'a passé : « Pas dit »."),
    SAFETY_CONFIRM_AGAIN(
            "safety-confirm-again",
            SafetySeeds.CONFIRM_AGAIN,
            "Relance de la confirmation : « 1 pour envoyer ce signalement, « 取消 » pour abandonner. »"),
    SAFETY_THANKS(
            "safety-thanks",
            SafetySeeds.THANKS,
            "Merci, signalement reçu. L'équipe le vérifie ; ensuite les collègues qui vérifient ce numéro seront"
                    + " prévenues. Votre identité n'est dite à personne, police comprise. Blessée ou en danger : 17"
                    + " ou 15. Pour être accompagnée (soins, plainte), écrivez-nous."),
    SAFETY_CANCELLED(
            "safety-cancelled",
            SafetySeeds.CANCELLED,
            "Annulé, rien n'a été gardé. Pour recommencer : menu « Sécurité » ou « 举报 »."),
    SAFETY_CHOOSE_AGAIN(
            "safety-choose-again",
            SafetySeeds.CHOOSE_AGAIN,
            "« 1 pour signaler un client dangereux, 2 pour vérifier un numéro, « 取消 » pour sortir. »"),
    SAFETY_ASK_CHECK(
            "safety-ask-check",
            SafetySeeds.ASK_CHECK,
            "Vérification : « Envoyez le numéro à vérifier (06 12 34 56 78) ; « 取消 » pour sortir. »"),
    SAFETY_CHECK_NONE(
            "safety-check-none",
            SafetySeeds.CHECK_NONE,
            "Vérification sans résultat : « Aucun signalement vérifié pour ce numéro. » (suivi du conseil de"
                    + " sécurité)"),
    SAFETY_CHECK_FOUND(
            "safety-check-found",
            SafetySeeds.CHECK_FOUND,
            "Vérification avec résultat : « ⚠️ {count} signalements vérifiés pour ce numéro, le dernier en {month}."
                    + " {summary} » ({summary} : le résumé public approuvé du dernier ; suivi du conseil de sécurité)",
            "count",
            "month",
            "summary"),
    SAFETY_ADVICE(
            "safety-advice",
            SafetySeeds.ADVICE,
            "Conseil de sécurité : dire à une personne de confiance où l'on va et quand on revient ; partir dès que"
                    + " quelque chose cloche. Urgence : 17, 15 ou 112."),
    SAFETY_CHECKS_EXHAUSTED(
            "safety-checks-exhausted",
            SafetySeeds.CHECKS_EXHAUSTED,
            "Limite du jour atteinte : « Plus de vérification aujourd'hui, réessayez demain ; en urgence,"
                    + " écrivez-nous. »"),
    SAFETY_VOICE_KEPT(
            "safety-voice-kept",
            SafetySeeds.VOICE_KEPT,
            "Avant la question suivante, quand la réponse est un vocal : « Vocal reçu. »"),
    SAFETY_UNAVAILABLE(
            "safety-unavailable",
            SafetySeeds.UNAVAILABLE,
            "Envoi impossible pour l'instant : « Le signalement n'est pas encore enregistré, renvoyez 1 dans un"
                    + " moment. »"),
    SAFETY_UNAVAILABLE_NOW(
            "safety-unavailable-now",
            SafetySeeds.UNAVAILABLE_NOW,
            "Service occupé pendant un signalement : « Renvoyez dans un moment ; votre message est bien reçu. »");

    private final String key;
    private final String seedText;
    private final String seedTextFr;
    private final Set<String> placeholders;

    ReplyKey(String key, String seedText, String seedTextFr, String... placeholders) {
        this.key = key;
        this.seedText = seedText;
        this.seedTextFr = seedTextFr;
        this.placeholders = Set.of(placeholders);
    }

    /** The names the text must hold as {@code {name}}, filled in when it is sent; none for most replies. */
    public Set<String> placeholders() {
        return placeholders;
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
