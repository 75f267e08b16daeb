package org.lotus.mp.replies;

import java.util.List;

/**
 * The keyword answers a new installation starts with: the questions readers ask most and the rumours the programme
 * meets, answered in plain Chinese. Written with the lexicon's euphemisms already, so rewriting leaves them as they
 * are. Staff edit or delete them afterwards; they are seeded once.
 */
public final class SeededAnswers {

    /** One seeded answer: keywords, Chinese text, French translation for staff. */
    public record Seed(List<String> keywords, String text, String textFr) {}

    public static final List<Seed> ALL = List.of(
            new Seed(
                    List.of("收费", "要钱吗", "要钱", "多少钱", "免费吗", "付钱", "费用"),
                    """
                    我们所有的服务都是免费的：咨询、陪同看病、翻译、帮你准备医保材料，都不收一分钱。
                    CeGIDD 检测中心的检测也是免费的。如果有人向你要钱，说能帮你办事，请先来问问我们。""",
                    "Tous nos services sont gratuits : écoute, accompagnement, traduction, dossiers d'assurance"
                            + " maladie. Le dépistage au CeGIDD aussi. Si quelqu'un demande de l'argent pour vous"
                            + " aider, demandez-nous d'abord."),
            new Seed(
                    List.of("身份", "没有证件", "证件", "没有居留", "没有纸", "没有身份"),
                    """
                    不管你有没有证件、有没有居留，都可以来找我们，所有服务都一样。
                    我们不会问你的身份，也不会查你的证件。
                    没有居留也可以看病：在法国住满3个月可以申请 AME，之前可以先去公立医院的 PASS 门诊。""",
                    "Avec ou sans papiers, avec ou sans titre de séjour, nos services sont les mêmes. Nous ne"
                            + " demandons ni identité ni papiers. Sans titre de séjour on peut se soigner : AME après"
                            + " trois mois, PASS à l'hôpital avant."),
            new Seed(
                    List.of("警察", "会不会告诉", "告诉别人", "保密吗", "会不会说出去", "泄露", "举报"),
                    """
                    你跟我们说的一切都是保密的。
                    我们不会把你的信息、留言或照片交给任何人：不交给任何部门、房东或家人，也不交给其他机构。只有你自己要求，我们才会陪你去报案。
                    你随时可以发送“删除我的信息”，我们会删除关于你的所有内容。""",
                    "Tout ce que vous nous dites reste confidentiel : rien n'est transmis à aucune administration,"
                            + " au logeur, à la famille ni à d'autres organismes. Nous n'accompagnons porter plainte que"
                            + " si vous le demandez. « 删除我的信息 » efface tout."),
            new Seed(
                    List.of("阻断药", "阻断", "TPE", "PEP", "保护药", "事后保护", "吃药有用吗"),
                    """
                    事后保护药（TPE）是有效的。发生没有保护的关系、工具破了或被强迫以后，越早开始越好，最晚48小时以内。
                    白天可以去 CeGIDD 检测中心，晚上和周末去任何公立医院的急诊，说“TPE”就可以，免费，不需要证件。
                    药要连续吃28天。需要我们陪你去，请马上留言。""",
                    "Le TPE marche : après un rapport non protégé, un outil rompu ou une contrainte, le plus tôt"
                            + " possible, au plus tard dans les 48 h. Le jour au CeGIDD, la nuit et le week-end aux"
                            + " urgences de tout hôpital public : dire « TPE ». Gratuit, sans papiers, 28 jours de"
                            + " traitement. Nous pouvons accompagner."),
            new Seed(
                    List.of("体检", "检查", "检测", "筛查", "验血"),
                    """
                    可以免费检测：巴黎的 CeGIDD 检测中心免费、匿名，不需要医保，也不需要证件，可以查各种传染病和肝炎。
                    我们也会组织免费检测活动，时间和地点会发在菜单“最新消息”里。
                    想让我们陪你去，请留言告诉我们哪天方便。""",
                    "Dépistage gratuit et anonyme au CeGIDD, sans assurance ni papiers. Nos journées de dépistage"
                            + " sont annoncées dans « Actualités ». Écrivez-nous pour être accompagnée."),
            new Seed(
                    List.of("地址", "在哪里", "在哪", "电话", "怎么找你们", "联系方式"),
                    """
                    我们在巴黎。接待的地址和时间请看菜单“关于我们”。
                    你也可以直接在这里给我们留言，打字或发语音都可以，我们会用中文回复你。
                    紧急情况请先打电话：17 报警，15 急救，112 欧洲急救。""",
                    "Nous sommes à Paris : adresse et horaires dans « Qui sommes-nous ». On peut aussi nous écrire ou"
                            + " envoyer un message vocal ici. En urgence : 17, 15, 112."),
            new Seed(
                    List.of("医保", "AME", "医疗保险", "PUMa", "Carte Vitale", "看病贵"),
                    """
                    在法国看病可以有医保：
                    • 有合法居留、在法国住满3个月：申请 PUMa 医保（Carte Vitale）。
                    • 没有居留、住满3个月、收入低：申请 AME，看病基本免费。
                    • 暂时没有医保：可以先去公立医院的 PASS 门诊看病。
                    我们可以免费帮你准备材料，陪你去办。""",
                    "Assurance maladie : PUMa avec un titre de séjour après trois mois, AME sans titre après trois mois"
                            + " et à faibles revenus, PASS à l'hôpital en attendant. Nous aidons aux dossiers,"
                            + " gratuitement."));

    private SeededAnswers() {}
}
