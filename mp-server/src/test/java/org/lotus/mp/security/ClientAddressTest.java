package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    final ClientAddress addresses = new ClientAddress(List.of("127.0.0.0/8", "::1/128", "10.1.0.0/16"));

    private String resolve(String peer, String... forwardedFor) {
        return addresses.resolve(peer, Collections.enumeration(List.of(forwardedFor)));
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(resolve("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void believesTheAddressATrustedProxyReports() {
        assertThat(resolve("10.1.2.3", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(resolve("::1", "2001:db8::7")).isEqualTo("2001:db8::7");
    }

    @Test
    void takesTheRightmostAddressNoTrustedProxyAddedItself() {
        // the client wrote "1.2.3.4" itself; the proxy appended what it saw
        assertThat(resolve("127.0.0.1", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(resolve("127.0.0.1", "1.2.3.4", "198.51.100.7, 10.1.0.5")).isEqualTo("198.51.100.7");
    }

    @Test
    void stopsAtAGarbledEntryAndNeverLooksNamesUp() {
        assertThat(resolve("127.0.0.1", "evil.example.org")).isEqualTo("127.0.0.1");
        assertThat(addresses.isTrustedProxy("localhost")).isFalse();
    }
}
