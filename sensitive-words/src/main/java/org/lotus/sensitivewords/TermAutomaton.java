package org.lotus.sensitivewords;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over folded keys, for the entries of one rewrite language, compiled into a deterministic
 * automaton without failure links at scan time. The characters that occur in some key get dense codes 1..n (0 for
 * every other character). A state is a 32-bit word: its base in a double array, shifted left, with the low bit set
 * when keys end there. The double array only holds the transitions that lead to a state two or more characters deep;
 * every other transition depends on the character alone and is read from {@code rootNext}. Reading a character is
 * then one table read for its code, one {@code long} read at {@code base + code} (parent and target packed), and a
 * comparison, without branches: the scan runs at memory speed.
 *
 * <p>Reports every occurrence of every key, exactly as a textbook Aho-Corasick (and HanLP's
 * {@code AhoCorasickDoubleArrayTrie}) does; the order of reports does not matter since {@link Hits} sorts them.
 */
final class TermAutomaton {

    private static final long FREE = -1L << 32;

    /** Folded character to alphabet code; 0 when no key holds the character. Null when there are no keys. */
    private final char[] code;

    /**
     * Raw (unfolded) character to the code of its folded form, for plain-text scans: folding, the noise test and the
     * alphabet in one read. {@link #SKIP} for noise and ignorable characters, {@link #HIGH_SURROGATE} for a high
     * surrogate (kept or not depending on the code point it starts).
     */
    private final char[] rawCode;

    static final char SKIP = 0xFFFE;
    static final char HIGH_SURROGATE = 0xFFFF;
    /** Per slot: the state word of the parent (high half, -1 when free) and of the target (low half). */
    private final long[] slots;
    /** Per code: the state reached from any state whose transition is not in {@code slots}. */
    private final int[] rootNext;
    /** The start state. */
    private final int root;
    /** Outputs of the state with base b: {@code outTerm[outStart[b] .. outStart[b+1])}. */
    private final int[] outStart;

    private final int[] outTerm;
    private final int[] outLength;

    TermAutomaton(TreeMap<String, Integer> keys) {
        if (keys.isEmpty()) {
            code = null;
            rawCode = null;
            slots = null;
            rootNext = outStart = outTerm = outLength = null;
            root = 0;
            return;
        }
        // Alphabet.
        code = new char[65536];
        int alphabet = 0;
        for (String key : keys.keySet()) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (code[c] == 0) {
                    if (alphabet + 1 >= SKIP) {
                        throw new IllegalArgumentException("too many distinct characters in the terms");
                    }
                    code[c] = (char) ++alphabet;
                }
            }
        }
        rawCode = new char[65536];
        for (int c = 0; c < 65536; c++) {
            char raw = (char) c;
            if (Character.isHighSurrogate(raw)) {
                rawCode[c] = HIGH_SURROGATE;
            } else {
                rawCode[c] = CharFolding.classOf(raw) == CharFolding.KEPT ? code[CharFolding.fold(raw)] : SKIP;
            }
        }
        // Trie over codes: node 0 is the root.
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
        // Breadth-first order and failure links.
        int[] order = new int[nodes];
        int[] fail = new int[nodes];
        int[] depth = new int[nodes];
        int head = 0;
        int tail = 0;
        order[tail++] = 0;
        while (head < tail) {
            int u = order[head++];
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                order[tail++] = v;
                depth[v] = depth[u] + 1;
                int c = trie.edgeCode[v];
                int f = 0;
                if (u != 0) {
                    for (int w = fail[u]; ; w = fail[w]) {
                        int t = trie.child(w, c, false);
                        if (t >= 0) {
                            f = t;
                            break;
                        }
                        if (w == 0) {
                            break;
                        }
                    }
                }
                fail[v] = f;
            }
        }
        // Outputs: own key, then those of the failure link.
        int[][] outputs = new int[nodes][];
        for (int idx = 1; idx < nodes; idx++) {
            int u = order[idx];
            int[] inherited = outputs[fail[u]];
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
                outputs[u] = out;
            }
        }
        // Deterministic transitions to states at depth two or more: a node's own children, then those of its
        // failure link for codes it has no child for. Everything else leads where the root's transition leads.
        int[][] edgeCodes = new int[nodes][];
        int[][] edgeTargets = new int[nodes][];
        int[] none = new int[0];
        edgeCodes[0] = none;
        edgeTargets[0] = none;
        for (int idx = 1; idx < nodes; idx++) {
            int u = order[idx];
            int own = 0;
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                own++;
            }
            int[] ownCodes = new int[own];
            int[] ownTargets = new int[own];
            int k = 0;
            for (int v = trie.firstChild[u]; v >= 0; v = trie.nextSibling[v]) {
                ownCodes[k] = trie.edgeCode[v];
                ownTargets[k] = v;
                k++;
            }
            sortByCode(ownCodes, ownTargets);
            // Merge two code-sorted lists; the node's own child wins.
            int[] fc = edgeCodes[fail[u]];
            int[] ft = edgeTargets[fail[u]];
            int[] codes = new int[own + fc.length];
            int[] targets = new int[own + fc.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < own || j < fc.length) {
                if (j == fc.length || (i < own && ownCodes[i] <= fc[j])) {
                    if (j < fc.length && ownCodes[i] == fc[j]) {
                        j++;
                    }
                    codes[n] = ownCodes[i];
                    targets[n++] = ownTargets[i++];
                } else {
                    codes[n] = fc[j];
                    targets[n++] = ft[j++];
                }
            }
            edgeCodes[u] = Arrays.copyOf(codes, n);
            edgeTargets[u] = Arrays.copyOf(targets, n);
        }
        // Double-array layout: distinct bases, so a state is known by its base; states without edges take the
        // smallest unused bases. Free slots are found through "next free slot" links with path compression.
        int[] base = new int[nodes];
        int capacity = Math.max(64, nodes * 4 + alphabet + 1);
        FreeSlots taken = new FreeSlots(capacity);
        boolean[] usedBase = new boolean[capacity];
        int maxBase = 0;
        // Largest edge sets first, while the array is empty; small ones then fill the holes.
        Integer[] bySize = new Integer[nodes];
        for (int u = 0; u < nodes; u++) {
            bySize[u] = u;
        }
        Arrays.sort(bySize, (x, y) -> edgeCodes[y].length - edgeCodes[x].length);
        int nextCheckPos = 0;
        for (int idx = 0; idx < nodes; idx++) {
            int u = bySize[idx];
            int[] codes = edgeCodes[u];
            if (codes.length == 0) {
                break;
            }
            int candidate;
            int first = taken.next(Math.max(codes[0], nextCheckPos));
            int p = first;
            int tries = 0;
            search:
            while (true) {
                candidate = p - codes[0];
                if (candidate + codes[codes.length - 1] + 1 > usedBase.length) {
                    usedBase = Arrays.copyOf(usedBase, Math.max(usedBase.length * 2, candidate + alphabet + 2));
                }
                if (!usedBase[candidate]) {
                    for (int c : codes) {
                        if (!taken.isFree(candidate + c)) {
                            tries++;
                            p = taken.next(p + 1);
                            continue search;
                        }
                    }
                    break;
                }
                tries++;
                p = taken.next(p + 1);
            }
            // A region where many free slots were tried in vain is as good as full (as Darts does).
            if (tries > 64) {
                nextCheckPos = Math.max(nextCheckPos, first + (p - first) / 2);
            }
            base[u] = candidate;
            usedBase[candidate] = true;
            maxBase = Math.max(maxBase, candidate);
            for (int c : codes) {
                taken.take(candidate + c);
            }
        }
        int nextBase = 0;
        for (int idx = 0; idx < nodes; idx++) {
            int u = order[idx];
            if (edgeCodes[u].length == 0) {
                while (nextBase < usedBase.length && usedBase[nextBase]) {
                    nextBase++;
                }
                if (nextBase == usedBase.length) {
                    usedBase = Arrays.copyOf(usedBase, usedBase.length * 2);
                }
                base[u] = nextBase;
                usedBase[nextBase] = true;
                maxBase = Math.max(maxBase, nextBase);
            }
        }
        if (maxBase >= 1 << 30) {
            throw new IllegalArgumentException("lexicon too large for the automaton");
        }
        int[] word = new int[nodes];
        for (int u = 0; u < nodes; u++) {
            word[u] = base[u] << 1 | (outputs[u] != null ? 1 : 0);
        }
        slots = new long[maxBase + alphabet + 1];
        Arrays.fill(slots, FREE);
        for (int u = 0; u < nodes; u++) {
            for (int k = 0; k < edgeCodes[u].length; k++) {
                slots[base[u] + edgeCodes[u][k]] = ((long) word[u] << 32) | (word[edgeTargets[u][k]] & 0xFFFFFFFFL);
            }
        }
        root = word[0];
        rootNext = new int[alphabet + 1];
        Arrays.fill(rootNext, root);
        for (int v = trie.firstChild[0]; v >= 0; v = trie.nextSibling[v]) {
            rootNext[trie.edgeCode[v]] = word[v];
        }
        outStart = new int[maxBase + 2];
        int total = 0;
        for (int u = 0; u < nodes; u++) {
            total += outputs[u] == null ? 0 : outputs[u].length;
        }
        outTerm = new int[total];
        outLength = new int[total];
        int[] byBase = new int[maxBase + 1];
        Arrays.fill(byBase, -1);
        for (int u = 0; u < nodes; u++) {
            byBase[base[u]] = u;
        }
        int o = 0;
        for (int b = 0; b <= maxBase; b++) {
            outStart[b] = o;
            int u = byBase[b];
            if (u >= 0 && outputs[u] != null) {
                for (int node : outputs[u]) {
                    outTerm[o] = trie.key[node];
                    outLength[o] = trie.keyLength[node];
                    o++;
                }
            }
        }
        outStart[maxBase + 1] = o;
    }

    private static void sortByCode(int[] codes, int[] targets) {
        for (int i = 1; i < codes.length; i++) {
            int c = codes[i];
            int t = targets[i];
            int j = i - 1;
            while (j >= 0 && codes[j] > c) {
                codes[j + 1] = codes[j];
                targets[j + 1] = targets[j];
                j--;
            }
            codes[j + 1] = c;
            targets[j + 1] = t;
        }
    }

    /** Slots of the double array under construction: which are taken, and the next free one at or after any slot. */
    private static final class FreeSlots {
        private int[] link;

        FreeSlots(int capacity) {
            link = new int[capacity];
            for (int i = 0; i < capacity; i++) {
                link[i] = i;
            }
        }

        boolean isFree(int i) {
            return i >= link.length || link[i] == i;
        }

        void take(int i) {
            ensure(i + 1);
            link[i] = i + 1;
        }

        int next(int i) {
            ensure(i + 1);
            int r = i;
            while (link[r] != r) {
                r = link[r];
                ensure(r + 1);
            }
            while (link[i] != i) {
                int up = link[i];
                link[i] = r;
                i = up;
            }
            return r;
        }

        private void ensure(int size) {
            if (size >= link.length) {
                int old = link.length;
                link = Arrays.copyOf(link, Math.max(old * 2, size + 1));
                for (int k = old; k < link.length; k++) {
                    link[k] = k;
                }
            }
        }
    }

    /** Reports every key occurring in {@code text[0 .. length)} as a hit with its value (a term index). */
    void scan(char[] text, int length, Hits hits) {
        if (code == null) {
            return;
        }
        char[] code = this.code;
        int s = root;
        for (int i = 0; i < length; i++) {
            s = next(s, code[text[i]]);
            if ((s & 1) != 0) {
                report(s, i + 1, hits);
            }
        }
    }

    /** Tables for a scan loop inlined elsewhere ({@link NormalisedText}); never to be written. */
    char[] rawCodeTable() {
        return rawCode;
    }

    long[] slotTable() {
        return slots;
    }

    int[] rootNextTable() {
        return rootNext;
    }

    /** The start state; meaningless when {@link #isEmpty()}. */
    int root() {
        return root;
    }

    /** The state after reading a character of code {@code c} in state {@code s}. */
    int next(int s, int c) {
        long slot = slots[(s >>> 1) + c];
        return (int) (slot >>> 32) == s ? (int) slot : rootNext[c];
    }

    /** Alphabet code of a folded character, 0 when no key holds it. */
    int code(char folded) {
        return code[folded];
    }

    boolean isEmpty() {
        return code == null;
    }

    /** True when keys end in state {@code s}. */
    static boolean emits(int s) {
        return (s & 1) != 0;
    }

    /** Reports the keys ending in state {@code s} at view position {@code end} (exclusive). */
    void report(int s, int end, Hits hits) {
        int b = s >>> 1;
        for (int o = outStart[b]; o < outStart[b + 1]; o++) {
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
