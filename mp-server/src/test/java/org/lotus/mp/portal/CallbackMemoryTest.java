package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lotus.mp.coordination.InMemoryKeyValueStore;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a push leaves in the instance's memory, and for how long (issue: bounded retry/replay store). */
class CallbackMemoryTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryKeyValueStore memory;

    @Test
    void remembersANonceOnlyWhileItsTimestampIsAccepted() throws Exception {
        String timestamp = Long.toString(Pushes.now() - 290);
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        String click = Pushes.event("o" + UUID.randomUUID(), Pushes.now(), "CLICK", "health");

        mvc.perform(PUSHES.encrypted(click, timestamp, nonce)).andExpect(status().isOk());

        assertThat(memory.timeToLive("wx:nonce:" + timestamp + ":" + nonce))
                .hasValueSatisfying(left -> assertThat(left).isLessThanOrEqualTo(Duration.ofSeconds(12)));
    }

    @Test
    void remembersAFreshNonceForTheWindowAndLeavesTwoEntries() throws Exception {
        String timestamp = Long.toString(Pushes.now());
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        long before = memory.size();

        mvc.perform(PUSHES.encrypted(
                        Pushes.event("o" + UUID.randomUUID(), Pushes.now(), "CLICK", "health"), timestamp, nonce))
                .andExpect(status().isOk());

        assertThat(memory.timeToLive("wx:nonce:" + timestamp + ":" + nonce))
                .hasValueSatisfying(
                        left -> assertThat(left).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(302)));
        assertThat(memory.size() - before).isEqualTo(2);
    }
}
