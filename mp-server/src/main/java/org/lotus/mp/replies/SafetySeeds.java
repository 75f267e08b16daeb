package org.lotus.mp.replies;

/**
 * What readers are told in a report or a check, as the texts are first seeded: one question at a time, in plain
 * simplified Chinese. Staff edit them afterwards as automatic replies; {@code {count}}, {@code {month}},
 * {@code {summary}} and the summary's facts ({@code {what}}, {@code {phone}} …) are filled in when the text is sent.
 */
final class SafetySeeds {

    static final String START = """
            好的，我们一步一步来。每一步都可以打字，也可以发语音；随时回复“取消”退出。
            第1步：发生了什么事？请简单说说这个客人做了什么。""";

    static final String ASK_PHONE = "第2步：这个客人的电话号码是多少？不知道就回复“跳过”。";

    static final String PHONE_NOT_UNDERSTOOD = "这个号码好像不对，请再发一次（例如 06 12 34 56 78 或 +33 6 12 34 56 78）。不知道就回复“跳过”。";

    static final String ASK_AREA = "第3步：在哪里发生的？写区或地铁站就可以（例如 Belleville、13区）。不想说就回复“跳过”。";

    static final String ASK_WHEN = "第4步：什么时候发生的？（例如 昨天晚上、11月20日）不想说就回复“跳过”。";

    static final String ASK_WHAT_AGAIN = "请说说发生了什么事，打字或发语音都可以。回复“取消”退出。";

    static final String CONFIRM = """
            请确认你的举报：
            {summary}
            回复 1 确认提交，回复“取消”放弃。""";

    /** A line a fact; the {what} line is left out when she wrote nothing, the {voices} line when she sent no voice. */
    static final String SUMMARY = """
            • 发生了什么：{what}
            • 语音：{voices} 条
            • 电话：{phone}
            • 地点：{area}
            • 时间：{when}""";

    static final String SUMMARY_NO_PHONE = "不知道";

    static final String SUMMARY_NOT_SAID = "没有说";

    static final String CONFIRM_AGAIN = "回复 1 确认提交这份举报，或者回复“取消”放弃。";

    static final String THANKS = """
            谢谢你，举报已经收到。我们的工作人员会先核实；核实以后，其他姐妹查这个号码时会看到提醒。
            你的身份不会告诉任何人，包括警察。
            如果你受伤了或者现在有危险，请打 17（警察）或 15（急救）。需要陪同看病或报案，直接给我们留言。""";

    static final String CANCELLED = "好的，已经取消，什么都没有保存。想重新开始，点菜单“安全提醒”或者发“举报”。";

    static final String CHOOSE_AGAIN = "回复 1 举报一个危险的客人，回复 2 查一个电话号码，回复“取消”退出。";

    static final String ASK_CHECK = "请发你想查的电话号码（例如 06 12 34 56 78）。回复“取消”退出。";

    static final String CHECK_NONE = "这个号码目前没有核实过的举报。";

    static final String CHECK_FOUND = """
            ⚠️ 这个号码有 {count} 次核实过的举报，最近一次在 {month}。
            {summary}""";

    static final String ADVICE = "安全提示：见客人前告诉一个信得过的人你去哪里、几点回来；感觉不对就马上离开。紧急情况打 17（警察）、15（急救）或 112。";

    static final String CHECKS_EXHAUSTED = "今天查询的次数已经用完了，请明天再查。如果有急事，直接给我们留言，我们会帮你。";

    static final String VOICE_KEPT = "收到你的语音了。";

    static final String UNAVAILABLE = "系统暂时有点忙，你的举报还没有保存，请过一会儿再回复 1。";

    static final String UNAVAILABLE_NOW = "系统暂时有点忙，请过一会儿再发一次。你的消息我们已经收到了。";

    private SafetySeeds() {}
}
