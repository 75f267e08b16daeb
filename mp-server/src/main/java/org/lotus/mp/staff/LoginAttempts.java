package org.lotus.mp.staff;

import java.time.Duration;
import java.util.Locale;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.metrics.LotusMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Counts failed logins per account and per source address in the shared key-value store. */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final KeyValueStore store;
    private final LoginProtectionSettings settings;

    LoginAttempts(KeyValueStore store, LoginProtectionSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public void failed(String username, String address) {
        LotusMeters.loginFailed();
        if (username != null && !username.isBlank()) {
            long misses = store.increment(accountKey(username), settings.window());
            if (misses == settings.accountFailures()) {
                store.put(lockKey(username), "locked", settings.window());
                LotusMeters.loginLocked("account");
                log.warn("Staff account locked after {} failed logins", misses);
            }
        }
        if (address != null) {
            long misses = store.increment(addressKey(address), settings.window());
            if (misses == settings.addressFailures()) {
                LotusMeters.loginLocked("address");
                log.warn("Login source refused for {} after {} failed logins", settings.window(), misses);
            }
        }
    }

    public void succeeded(String username) {
        store.delete(accountKey(username));
    }

    public boolean isAccountLocked(String username) {
        return store.get(lockKey(username)).isPresent();
    }

    public boolean isAddressThrottled(String address) {
        return address != null
                && store.get(addressKey(address)).map(Long::parseLong).orElse(0L) >= settings.addressFailures();
    }

    public Duration window() {
        return settings.window();
    }

    /** Lifts a lock early, as an administrator may. */
    public void unlock(String username) {
        store.delete(lockKey(username));
        store.delete(accountKey(username));
    }

    private static String accountKey(String username) {
        return "login:fail:account:" + username.toLowerCase(Locale.ROOT);
    }

    private static String lockKey(String username) {
        return "login:locked:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "login:fail:address:" + address;
    }
}
