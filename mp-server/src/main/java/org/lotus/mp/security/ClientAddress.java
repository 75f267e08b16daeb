package org.lotus.mp.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Which address a request comes from. The peer's own address, unless the peer is a trusted proxy: then the
 * {@code X-Forwarded-For} list is read from the right, skipping trusted proxies, and the first other address is the
 * client. Anyone else can write any {@code X-Forwarded-For}, so from them it is ignored.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpAddressMatcher> proxies;

    ClientAddress(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
    }

    boolean isTrustedProxy(String address) {
        // only address literals reach the matcher: anything else would be looked up in DNS
        return isLiteral(address) && proxies.stream().anyMatch(p -> p.matches(address));
    }

    /** The client's address, given the peer's address and the {@code X-Forwarded-For} headers. */
    String resolve(String peer, Enumeration<String> forwardedFor) {
        if (!isTrustedProxy(peer) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(forwardedFor)) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isLiteral(hop)) {
                return client; // a forged or garbled entry: stop at the last address a trusted proxy vouched for
            }
            client = hop;
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return client;
    }

    static boolean isLiteral(String address) {
        return address != null
                && address.length() <= 45
                && (IPV4.matcher(address).matches() || IPV6.matcher(address).matches());
    }
}
