package org.lotus.mp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With a real account configured, nothing of the simulator exists: its pages and API answer 404. */
class OutsideDemoModeTest extends PortalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void simulatorApiIs404() throws Exception {
        mvc.perform(get("/api/simulator/menu").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/simulator/readers")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void simulatorPageAndSimulatedWechatAre404() throws Exception {
        mvc.perform(get("/simulator").with(user(ADMIN).roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/simulator/wechat/cgi-bin/menu/get").with(user(ADMIN).roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void noSimulatorBeanExists() {
        assertThat(context.getBeansOfType(SimulatorState.class)).isEmpty();
        assertThat(context.getBeansOfType(SimulatedAccount.class)).isEmpty();
    }
}
