package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.KeywordAnswers;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Readers report a dangerous client and check a number through the account, as WeChat pushes them. */
@ExtendWith(OutputCaptureExtension.class)
class SafetyCallbackTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);
    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    String say(String reader, String text) throws Exception {
        return answer(Pushes.text(reader, Pushes.nextMsgId(), text));
    }

    String answer(String xml) throws Exception {
        String reply = mvc.perform(PUSHES.encrypted(xml))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PUSHES.open(reply).get("Content");
    }

    List<Map<String, Object>> reportsEndingIn(String lastFour) {
        return jdbc.queryForList("SELECT * FROM client_report WHERE phone_last_four = ? ORDER BY id", lastFour);
    }

    long approve(long id, String summary) throws Exception {
        mvc.perform(post("/api/alerts/" + id + "/approve")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":\"" + summary + "\"}"))
                .andExpect(status().isOk());
        return id;
    }

    long reportInOneMessage(String text) throws Exception {
        String reader = reader();
        assertThat(say(reader, text)).contains("请确认");
        assertThat(say(reader, "1")).contains("谢谢你");
        return jdbc.queryForObject("SELECT MAX(id) FROM client_report", Long.class);
    }

    @Test
    void reportsADangerousClientOneQuestionAtATime(CapturedOutput output) throws Exception {
        String reader = reader();

        assertThat(answer(Pushes.event(reader, Pushes.now(), "CLICK", "safety")))
                .contains("回复 1", "回复 2");
        assertThat(say(reader, "1")).contains("第1步");
        assertThat(say(reader, "他不付钱，还推我")).contains("第2步");
        assertThat(say(reader, "06.12.34.56.71")).contains("第3步");
        assertThat(say(reader, "Belleville")).contains("第4步");
        String summary = say(reader, "昨天晚上");
        assertThat(summary).contains("请确认你的举报：\n• 发生了什么：他不付钱，还推我\n• 电话：+33612345671\n• 地点：Belleville\n• 时间：昨天晚上\n回复 1");
        assertThat(say(reader, "1")).contains("谢谢你", "不会告诉任何人");

        List<Map<String, Object>> stored = reportsEndingIn("5671");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("status")).isEqualTo("PENDING");
        assertThat(stored.get(0).get("reporter_pseudonym")).isNotNull();
        assertThat(stored.get(0).get("what_sealed").toString()).doesNotContain("付钱");
        assertThat(stored.get(0).get("phone_sealed").toString()).doesNotContain("612345671");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM reader_message WHERE text_content LIKE '%付钱%' "
                                + "OR text_content LIKE '%56.71%' OR text_content LIKE '%Belleville%'",
                        Long.class))
                .isZero();
        assertThat(output.getAll()).doesNotContain("5671", "付钱", "Belleville", "昨天晚上");
    }

    @Test
    void takesAReportInOneMessageWrittenAnyWay() throws Exception {
        String reader = reader();

        String summary = say(reader, "举报 0033 7 11 22 33 42 他很凶，抢了我的手机");
        assertThat(summary).contains("+33711223342", "他很凶");
        assertThat(say(reader, "确认")).contains("谢谢你");

        assertThat(reportsEndingIn("3342")).hasSize(1);
    }

    @Test
    void asksForTheNumberWhenTheOneMessageHasNone() throws Exception {
        String reader = reader();

        assertThat(say(reader, "举报 这个客人喝醉了会打人")).contains("第2步");
        assertThat(say(reader, "不知道")).contains("第3步");
    }

    @Test
    void cancelsAtAnyStepAndKeepsNothing() throws Exception {
        String reader = reader();
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM client_report", Long.class);

        say(reader, "举报");
        say(reader, "他不戴工具");
        assertThat(say(reader, "取消")).contains("已经取消");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client_report", Long.class))
                .isEqualTo(before);
        assertThat(say(reader, "你们周三开门吗？")).contains("收到你的留言");
    }

    @Test
    void keepsVoiceAnswersAsMessagesLinkedToTheReport() throws Exception {
        String reader = reader();
        long voice = Pushes.nextMsgId();

        say(reader, "举报");
        assertThat(answer(Pushes.voice(reader, voice, "voice-" + voice, ""))).contains("收到你的语音", "第2步");
        say(reader, "+33 6 55 44 33 21");
        say(reader, "跳过");
        say(reader, "跳过");
        say(reader, "1");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id = ?", Long.class, voice))
                .isOne();
        assertThat(reportsEndingIn("3321").get(0).get("voice_msg_ids")).isEqualTo(Long.toString(voice));
    }

    @Test
    void anUrgentAnswerAlsoReachesTheTeamAtOnce() throws Exception {
        String reader = reader();
        long urgent = Pushes.nextMsgId();

        say(reader, "举报");
        String reply = answer(Pushes.text(reader, urgent, "他打我，我现在很害怕"));

        assertThat(reply).contains("17", "第2步");
        assertThat(jdbc.queryForObject("SELECT urgent FROM reader_message WHERE wx_msg_id = ?", Boolean.class, urgent))
                .isTrue();
    }

    @Nested
    class Checks {

        @Test
        void countsOnlyApprovedReportsWhateverTheWriting() throws Exception {
            long id = reportInOneMessage("举报 06 98 76 54 31 抢钱");
            String checker = reader();

            assertThat(say(checker, "查 0698765431")).contains("没有核实过的举报", "17");

            approve(id, "这个客人会抢钱，见面前请小心。");

            String found = say(checker, "查 +33 6 98 76 54 31");
            assertThat(found).contains("1 次", "会抢钱", "17");
            assertThat(say(checker, "查 0033698765431")).contains("1 次");
        }

        @Test
        void checksThroughTheMenuToo() throws Exception {
            String checker = reader();

            answer(Pushes.event(checker, Pushes.now(), "CLICK", "safety"));
            assertThat(say(checker, "2")).contains("请发你想查的电话号码");
            assertThat(say(checker, "06 11 11 11 19")).contains("没有核实过的举报");
        }

        @Test
        void refusesTheTwentyFirstCheckOfTheDayKindly() throws Exception {
            String checker = reader();
            for (int i = 0; i < 20; i++) {
                assertThat(say(checker, "查 06 00 00 00 " + (10 + i))).contains("没有核实过的举报");
            }

            assertThat(say(checker, "查 06 00 00 00 99")).contains("次数已经用完", "明天");
        }

        @Test
        void storesNoNumberForACheck() throws Exception {
            long reports = jdbc.queryForObject("SELECT COUNT(*) FROM client_report", Long.class);
            long messages = jdbc.queryForObject("SELECT COUNT(*) FROM reader_message", Long.class);

            say(reader(), "查 07 66 55 44 33");

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client_report", Long.class))
                    .isEqualTo(reports);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_message", Long.class))
                    .isEqualTo(messages);
        }
    }

    @Test
    void erasureUnlinksTheReporterAndKeepsOnlyApprovedSummaries() throws Exception {
        String reader = reader();
        say(reader, "举报 06 44 33 22 15 不付钱");
        say(reader, "1");
        long approved = jdbc.queryForObject("SELECT MAX(id) FROM client_report", Long.class);
        approve(approved, "不付钱的客人。");
        say(reader, "举报 06 44 33 22 16 态度很差");
        say(reader, "1");

        assertThat(say(reader, "删除我的信息")).contains("删除");

        List<Map<String, Object>> kept = reportsEndingIn("2215");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("reporter_pseudonym")).isNull();
        assertThat(kept.get(0).get("what_sealed")).isNull();
        assertThat(kept.get(0).get("summary")).isEqualTo("不付钱的客人。");
        assertThat(reportsEndingIn("2216")).isEmpty();
    }

    /** The desk's questions, answers and trigger words are stored texts staff edit like any automatic reply. */
    @Nested
    class StaffOwnedTexts {

        @Autowired
        AutomaticReplies replies;

        @Autowired
        KeywordAnswers answers;

        @AfterEach
        void restoreTheSeeds() {
            for (ReplyKey key : List.of(
                    ReplyKey.SAFETY_START,
                    ReplyKey.SAFETY_CHECK_FOUND,
                    ReplyKey.URGENT,
                    ReplyKey.SAFETY_SUMMARY,
                    ReplyKey.SAFETY_SUMMARY_NOT_SAID)) {
                replies.save(key, key.seedText(), key.seedTextFr(), null);
            }
            KeywordAnswer report = deskAnswer(KeywordAnswer.Kind.REPORT);
            answers.update(
                    report.id(),
                    new KeywordAnswer.Draft(
                            List.of("举报", "举报客人", "危险客人", "坏客人"),
                            KeywordAnswer.Match.CONTAINS,
                            null,
                            report.textFr(),
                            null,
                            null,
                            null,
                            KeywordAnswer.Kind.REPORT));
        }

        KeywordAnswer deskAnswer(KeywordAnswer.Kind kind) {
            return answers.all().stream()
                    .filter(a -> a.kind() == kind)
                    .findFirst()
                    .orElseThrow();
        }

        void putReply(String key, String text) throws Exception {
            mvc.perform(put("/api/replies/" + key)
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("text", text))))
                    .andExpect(status().isOk());
        }

        /** The 400 answer (in French) to an edit the reply's placeholders refuse. */
        String refusedReply(String key, String text) throws Exception {
            return mvc.perform(put("/api/replies/" + key)
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .header("Accept-Language", "fr")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("text", text))))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        }

        @Test
        void asksTheFirstQuestionAsStaffWroteIt() throws Exception {
            putReply("safety-start", "好的。第1步：那个客人做了什么？");

            assertThat(say(reader(), "举报")).isEqualTo("好的。第1步：那个客人做了什么？");
        }

        @Test
        void fillsTheCountAndMonthIntoTheEditedCheckAnswer() throws Exception {
            long id = reportInOneMessage("举报 06 98 76 54 77 不付钱");
            approve(id, "不付钱。");
            putReply("safety-check-found", "小心：{count} 次举报，最后一次 {month}。{summary}");

            String found = say(reader(), "查 06 98 76 54 77");

            java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
            assertThat(found)
                    .startsWith("小心：1 次举报，最后一次 " + now.getYear() + "年" + now.getMonthValue() + "月。不付钱。")
                    .contains("安全提示")
                    .doesNotContain("{");
        }

        @Test
        void servesTheSummaryWithTheLabelsStaffWrote() throws Exception {
            putReply("safety-summary", "• 经过：{what}\n• 语音：{voices} 条\n• 号码：{phone}\n• 哪里：{area}\n• 哪天：{when}");
            putReply("safety-summary-not-said", "没讲");

            String summary = say(reader(), "举报 06 55 44 33 21 他打人");

            assertThat(summary)
                    .contains("• 经过：他打人\n• 号码：+33655443321\n• 哪里：没讲\n• 哪天：没讲")
                    .doesNotContain("语音", "发生了什么", "地点", "{");
        }

        @Test
        void refusesASummaryEditThatLosesAPlaceholder() throws Exception {
            String body = refusedReply("safety-summary", "• 经过：{what}\n• 号码：{phone}");

            assertThat(body).contains("\"field\":\"text\"", "{area} {phone} {voices} {what} {when}");
            assertThat(replies.get(ReplyKey.SAFETY_SUMMARY).text()).isEqualTo(ReplyKey.SAFETY_SUMMARY.seedText());
        }

        @Test
        void refusesAnEditThatLosesAPlaceholder() throws Exception {
            String body = refusedReply("safety-check-found", "小心：{count} 次举报。");

            assertThat(body).contains("\"field\":\"text\"", "{count} {month} {summary}", "remplacés");
            assertThat(replies.get(ReplyKey.SAFETY_CHECK_FOUND).text())
                    .isEqualTo(ReplyKey.SAFETY_CHECK_FOUND.seedText());
        }

        @Test
        void startsAReportWithAKeywordStaffAdded() throws Exception {
            KeywordAnswer report = deskAnswer(KeywordAnswer.Kind.REPORT);
            mvc.perform(put("/api/auto-replies/" + report.id())
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of(
                                    "keywords", List.of("举报", "报告坏客人"), "match", "contains", "action", "report"))))
                    .andExpect(status().isOk());
            String reader = reader();

            assertThat(say(reader, "报告坏客人 06 12 12 12 88 他打人")).contains("请确认", "+33612121288", "他打人");
            assertThat(say(reader, "1")).contains("谢谢你");
            assertThat(say(reader(), "坏客人")).contains("收到你的留言").doesNotContain("第1步");
        }

        @Test
        void listsTheTriggersAmongTheKeywordAnswers() throws Exception {
            String body = mvc.perform(get("/api/auto-replies").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            assertThat(body).contains("\"kind\":\"report\"", "\"kind\":\"check\"", "查号码");
        }

        @Test
        void answersAnUrgentStepWithTheStoredUrgentReply() throws Exception {
            putReply("urgent", "你不是一个人。危险时马上打 17。");
            String reader = reader();
            say(reader, "举报");

            assertThat(say(reader, "他打我，我现在很害怕"))
                    .startsWith("你不是一个人。危险时马上打 17。")
                    .contains("第2步");
        }
    }
}
