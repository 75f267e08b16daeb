package org.lotus.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import javax.sql.DataSource;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.junit.jupiter.api.Test;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.coordination.RedisKeyValueStore;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The {@code prod} profile on the machine's MariaDB and Redis. */
class ProdProfileTest extends ProdTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    KeyValueStore store;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    WxMpService wechat;

    @Test
    void runsOnMariaDbWithTheSchemaMigrated() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isIn("MySQL", "MariaDB");
            try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM staff_account")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void healthIsUpWithDatabaseAndRedisIndicators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").with(user(ADMIN).roles("ADMIN")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.redis.status").value("UP"));
    }

    @Test
    void sharedStateLivesInRedis() {
        assertThat(store).isInstanceOf(RedisKeyValueStore.class);
        String key = "test:prod:" + UUID.randomUUID();
        store.put(key, "v", java.time.Duration.ofSeconds(30));
        assertThat(redis.opsForValue().get(key)).isEqualTo("v");
        redis.delete(key);
    }

    @Test
    void accessTokenIsKeptInRedis() {
        assertThat(wechat.getWxMpConfigStorage()).isInstanceOf(WxMpRedisConfigImpl.class);
    }

    @Test
    void failedLoginsAreCountedInRedisAndLockTheAccount() throws Exception {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, "the-right-password", Role.EDITOR, null, "fr")
                .getId();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());
        }
        assertThat(redis.hasKey("login:locked:account-id:" + id)).isTrue();
        mvc.perform(get("/api/me").with(httpBasic(username, "the-right-password")))
                .andExpect(status().isUnauthorized());
    }
}
