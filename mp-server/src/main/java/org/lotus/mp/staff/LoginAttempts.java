package org.lotus.mp.staff;

import java.time.Duration;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.metrics.LotusMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per account and per source address in the shared key-value store. Accounts are keyed by
 * their id, never by the name as typed: a variant of a name ({@code ADMIN}, {@code ádmin}) finds no account and
 * counts only against its address.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final KeyValueStore store;
    private final LoginProtectionSettings settings;

    LoginAttempts(KeyValueStore store, LoginProtectionSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** A failed login: {@code accountId} is the account the typed name found, or null when it found none. */
    public void failed(Long accountId, String address) {
        LotusMeters.loginFailed();
        if (accountId != null) {
            long misses = store.increment(accountKey(accountId), settings.window());
            if (misses == settings.accountFailures()) {
                store.put(lockKey(accountId), "locked", settings.window());
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

    public void succeeded(long accountId) {
        store.delete(accountKey(accountId));
    }

    public boolean isAccountLocked(long accountId) {
        return store.get(lockKey(accountId)).isPresent();
    }

    public boolean isAddressThrottled(String address) {
        return address != null
                && store.get(addressKey(address)).map(Long::parseLong).orElse(0L) >= settings.addressFailures();
    }

    public Duration window() {
        return settings.window();
    }

    /** Lifts a lock early, as an administrator may. */
    public void unlock(long accountId) {
        store.delete(lockKey(accountId));
        store.delete(accountKey(accountId));
    }

    private static String accountKey(long accountId) {
        return "login:fail:account-id:" + accountId;
    }

    private static String lockKey(long accountId) {
        return "login:locked:account-id:" + accountId;
    }

    private static String addressKey(String address) {
        return "login:fail:address:" + address;
    }
}
