package org.lotus.mp.outreach;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outreach log through the API: the same number in any writing is reported back before it is messaged again. */
class OutreachApiTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor admin() {
        return httpBasic(ADMIN, ADMIN_PASSWORD);
    }

    ResultActions log(String json) throws Exception {
        return mvc.perform(post("/api/outreach")
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void warnsOfTheSameNumberContactedWithinTheWindowWhateverItsWriting() throws Exception {
        log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"contactedOn\":\""
                        + LocalDate.now(ZoneId.of("Europe/Paris"))
                        + "\",\"phone\":\"06 12 34 56 01\",\"outcome\":\"sent\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.alreadyContacted").isEmpty());

        log("{\"platform\":\"Sexemodel\",\"city\":\"Lyon\",\"phone\":\"+33 6.12.34.56.01\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyContacted[0].platform").value("Wannonce"))
                .andExpect(jsonPath("$.alreadyContacted[0].city").value("Paris"));

        mvc.perform(post("/api/outreach/check")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"0033612345601\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyContacted", Matchers.hasSize(2)));
    }

    @Test
    void forgetsContactsOlderThanTheWindow() throws Exception {
        log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"contactedOn\":\"2020-01-05\",\"phone\":\"0612345602\"}")
                .andExpect(status().isCreated());

        log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"phone\":\"0612345602\"}")
                .andExpect(jsonPath("$.alreadyContacted").isEmpty());
    }

    @Test
    void listsByMonthAndCityWithTheNumberMasked() throws Exception {
        log(
                "{\"platform\":\"Vivastreet\",\"city\":\"Marseille\",\"contactedOn\":\"2026-10-03\",\"phone\":\"0612345603\"}");

        mvc.perform(get("/api/outreach")
                        .param("month", "2026-10")
                        .param("city", "Marseille")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].platform").value("Vivastreet"))
                .andExpect(jsonPath("$[0].phone").value("•••• •• 56 03"));
        mvc.perform(get("/api/outreach.csv").param("city", "Marseille").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2026-10-03,Vivastreet,Marseille,•••• •• 56 03")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("612345603"))));
    }

    @Test
    void countsContactsPerMonthPlatformAndCityInTheFiguresAndTheYearlyReport() throws Exception {
        log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"contactedOn\":\"2024-03-04\",\"phone\":\"0612345611\"}");
        log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"contactedOn\":\"2024-03-20\"}");
        log("{\"platform\":\"Vivastreet\",\"city\":\"Lyon, 3e\",\"contactedOn\":\"2024-04-02\"}");

        mvc.perform(get("/api/stats")
                        .param("from", "2024-03-01")
                        .param("to", "2024-04-30")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.outreachContacts").value(3))
                .andExpect(jsonPath("$.totals.outreach[0].platform").value("Vivastreet"))
                .andExpect(jsonPath("$.outreachByMonth", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.outreachByMonth[0].month").value("2024-03"))
                .andExpect(jsonPath("$.outreachByMonth[0].platform").value("Wannonce"))
                .andExpect(jsonPath("$.outreachByMonth[0].city").value("Paris"))
                .andExpect(jsonPath("$.outreachByMonth[0].contacts").value(2))
                .andExpect(jsonPath("$.outreachByMonth[1].city").value("Lyon, 3e"))
                .andExpect(jsonPath("$.days[3].outreachContacts").value(1))
                .andExpect(content().string(Matchers.not(Matchers.containsString("0612345611"))));
        mvc.perform(get("/api/stats.csv")
                        .param("from", "2024-03-01")
                        .param("to", "2024-04-30")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                ",\"outreach.Vivastreet.Lyon, 3e\",\"outreach.Wannonce.Paris\"")))
                .andExpect(content().string(Matchers.containsString("2024-03-04,")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*\r\n2024-03-04,[^\r]*,0,1\r\n.*")));
        mvc.perform(get("/cms/stats/report")
                        .param("year", "2024")
                        .with(user(ADMIN).roles("ADMIN", "EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"report-outreach\">3<")))
                .andExpect(content().string(Matchers.containsString("Wannonce 2")));
        mvc.perform(get("/cms/stats")
                        .param("from", "2024-03-01")
                        .param("to", "2024-04-30")
                        .with(user(ADMIN).roles("ADMIN", "EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lyon, 3e")))
                .andExpect(content().string(Matchers.containsString("contacts par mois, site et ville")));
    }

    @Test
    void storesTemplatesRewritten() throws Exception {
        mvc.perform(post("/api/outreach/templates")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"检测\",\"text\":\"免费检测，记得带安全套。\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value("免费检测，记得带工具。"));
        mvc.perform(get("/api/outreach/templates").with(admin()))
                .andExpect(jsonPath("$[?(@.title == '检测')].text").value("免费检测，记得带工具。"));
    }

    @Nested
    class Refusals {

        @Test
        void refusesAContactDateInTheFuture() throws Exception {
            log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"contactedOn\":\"2999-01-01\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("contactedOn"));
        }

        @Test
        void refusesSomethingThatIsNotANumber() throws Exception {
            log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"phone\":\"call me\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("phone"));
        }

        @Test
        void refusesAMissingPlatform() throws Exception {
            log("{\"city\":\"Paris\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("platform"));
        }

        @Test
        void refusesAnUnknownOutcome() throws Exception {
            log("{\"platform\":\"Wannonce\",\"city\":\"Paris\",\"outcome\":\"maybe\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("outcome"));
        }
    }
}
