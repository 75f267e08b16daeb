package org.lotus.sensitivewords;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over folded keys, for the entries of one rewrite language, laid out as a double array over a
 * compact alphabet: the characters that occur in some key get codes 1..n, every other character sends the scan back
 * to the root without touching the trie. A transition is one table read for the code, then {@code base[s] + code}
 * checked against {@code check}; the arrays stay small (a few thousand slots) because codes are dense.
 *
 * <p>Reports every occurrence of every key, exactly as a textbook Aho-Corasick (and HanLP's
 * {@code AhoCorasickDoubleArrayTrie}) does; the order of reports does not matter since {@link Hits} sorts them.
 */
final class TermAutomaton {

    /** Folded character to alphabet code; 0 when no key holds the character. Null when there are no keys. */
    private final char[] code;
    /** Per slot: the base its children's slots are offset from. */
    private final int[] base;
    /** Per slot: the parent slot, or -1 for a free slot. Padded so that {@code base[s] + code} is always in range. */
    private final int[] check;
    /** Per slot: the failure link (slot of the longest proper suffix that is a trie node). */
    private final int[] fail;
    /** Outputs of slot s (own key and those reached by failure links): {@code outTerm[outStart[s] .. outStart[s+1])}. */
    private final int[] outStart;

    private final int[] outTerm;
    private final int[] outLength;

    TermAutomaton(TreeMap<String, Integer> keys) {
        if (keys.isEmpty()) {
            code = null;
            base = check = fail = outStart = outTerm = outLength = null;
            return;
        }
        // Alphabet.
        code = new char[65536];
        int alphabet = 0;
        for (String key : keys.keySet()) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (code[c] == 0) {
                    code[c] = (char) ++alphabet;
                }
            }
        }
        // Trie over codes: node 0 is the root; children as linked lists; edges in a map for failure links.
        Builder trie = new Builder();
        for (Map.Entry<String, Integer> e : keys.entrySet()) {
            String key = e.getKey();
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                node = trie.child(node, code[key.charAt(i)], true);
            }
            trie.key[node] = e.getValue();
            trie.keyLength[node] = key.length();
        }
        int nodes = trie.size;
        // Breadth-first order, failure links and merged outputs.
        int[] order = new int[nodes];
        int[] nodeFail = new int[nodes];
        int head = 0;
        int tail = 0;
        order[tail++] = 0;
        while (head < tail) {
            int u = order[head++];
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                order[tail++] = v;
                int c = trie.edgeCode[v];
                int f = 0;
                if (u != 0) {
                    int w = nodeFail[u];
                    while (true) {
                        int t = trie.child(w, c, false);
                        if (t >= 0) {
                            f = t;
                            break;
                        }
                        if (w == 0) {
                            break;
                        }
                        w = nodeFail[w];
                    }
                }
                nodeFail[v] = f;
            }
        }
        // Double-array layout, breadth-first so that a node's slot is known before its children are placed.
        int[] slot = new int[nodes];
        int capacity = Math.max(64, nodes * 2 + alphabet + 1);
        int[] b = new int[capacity];
        int[] chk = new int[capacity];
        Arrays.fill(chk, -1);
        chk[0] = 0; // the root's slot is taken
        int maxSlot = 0;
        int firstFree = 1;
        for (int idx = 0; idx < nodes; idx++) {
            int u = order[idx];
            if (trie.firstChild[u] < 0) {
                continue;
            }
            int minCode = Integer.MAX_VALUE;
            int maxCode = 0;
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                minCode = Math.min(minCode, trie.edgeCode[v]);
                maxCode = Math.max(maxCode, trie.edgeCode[v]);
            }
            while (firstFree < chk.length && chk[firstFree] != -1) {
                firstFree++;
            }
            int candidate = Math.max(0, firstFree - minCode);
            search:
            while (true) {
                if (candidate + maxCode >= chk.length) {
                    int grown = Math.max(chk.length * 2, candidate + maxCode + alphabet + 1);
                    b = Arrays.copyOf(b, grown);
                    int old = chk.length;
                    chk = Arrays.copyOf(chk, grown);
                    Arrays.fill(chk, old, grown, -1);
                }
                for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                    if (chk[candidate + trie.edgeCode[v]] != -1) {
                        candidate++;
                        continue search;
                    }
                }
                break;
            }
            b[slot[u]] = candidate;
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                int s = candidate + trie.edgeCode[v];
                slot[v] = s;
                chk[s] = slot[u];
                maxSlot = Math.max(maxSlot, s);
            }
        }
        // Leaves keep base 0: base + code then lands on a slot whose parent is never the leaf.
        int size = maxSlot + alphabet + 1;
        base = Arrays.copyOf(b, size);
        check = chk.length >= size ? Arrays.copyOf(chk, size) : grow(chk, size);
        fail = new int[size];
        int[][] outputs = new int[size][];
        int total = 0;
        for (int idx = 0; idx < nodes; idx++) {
            int u = order[idx];
            int s = slot[u];
            fail[s] = slot[nodeFail[u]];
            int[] inherited = u == 0 ? null : outputs[slot[nodeFail[u]]];
            int own = trie.key[u] >= 0 ? 1 : 0;
            int count = own + (inherited == null ? 0 : inherited.length);
            if (count > 0) {
                int[] out = new int[count];
                if (own == 1) {
                    out[0] = u;
                }
                if (inherited != null) {
                    System.arraycopy(inherited, 0, out, own, inherited.length);
                }
                outputs[s] = out;
                total += count;
            }
        }
        outStart = new int[size + 1];
        outTerm = new int[total];
        outLength = new int[total];
        int o = 0;
        for (int s = 0; s < size; s++) {
            outStart[s] = o;
            if (outputs[s] != null) {
                for (int node : outputs[s]) {
                    outTerm[o] = trie.key[node];
                    outLength[o] = trie.keyLength[node];
                    o++;
                }
            }
        }
        outStart[size] = o;
    }

    private static int[] grow(int[] chk, int size) {
        int old = chk.length;
        int[] grown = Arrays.copyOf(chk, size);
        Arrays.fill(grown, old, size, -1);
        return grown;
    }

    /** Reports every key occurring in {@code text} as a hit with its value (a term index). */
    void scan(char[] text, Hits hits) {
        scan(text, text.length, hits);
    }

    /** Same, over {@code text[0 .. length)}. */
    void scan(char[] text, int length, Hits hits) {
        if (code == null) {
            return;
        }
        int s = 0;
        for (int i = 0; i < length; i++) {
            s = next(s, code[text[i]]);
            if (outStart[s] != outStart[s + 1]) {
                report(s, i + 1, hits);
            }
        }
    }

    /** The state after reading a character of code {@code c} in state {@code s}. */
    int next(int s, int c) {
        if (c == 0) {
            return 0;
        }
        while (true) {
            int t = base[s] + c;
            if (check[t] == s) {
                return t;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Alphabet code of a folded character, 0 when no key holds it. */
    int code(char folded) {
        return code[folded];
    }

    boolean isEmpty() {
        return code == null;
    }

    /** True when slot {@code s} ends at least one key. */
    boolean emits(int s) {
        return outStart[s] != outStart[s + 1];
    }

    /** Reports the keys ending in state {@code s} at view position {@code end} (exclusive). */
    void report(int s, int end, Hits hits) {
        for (int o = outStart[s]; o < outStart[s + 1]; o++) {
            hits.add(end - outLength[o], end, outTerm[o]);
        }
    }

    /** The trie under construction. */
    private static final class Builder {
        int size = 1;
        int[] firstChild = {-1};
        int[] nextSibling = {-1};
        int[] edgeCode = {0};
        int[] key = {-1};
        int[] keyLength = {0};
        final Map<Long, Integer> edges = new HashMap<>();

        int child(int node, int c, boolean create) {
            long edge = ((long) node << 16) | c;
            Integer existing = edges.get(edge);
            if (existing != null) {
                return existing;
            }
            if (!create) {
                return -1;
            }
            if (size == firstChild.length) {
                int grown = size * 2;
                firstChild = Arrays.copyOf(firstChild, grown);
                nextSibling = Arrays.copyOf(nextSibling, grown);
                edgeCode = Arrays.copyOf(edgeCode, grown);
                key = Arrays.copyOf(key, grown);
                keyLength = Arrays.copyOf(keyLength, grown);
            }
            int v = size++;
            firstChild[v] = -1;
            nextSibling[v] = firstChild[node];
            firstChild[node] = v;
            edgeCode[v] = c;
            key[v] = -1;
            keyLength[v] = 0;
            edges.put(edge, v);
            return v;
        }
    }
}
