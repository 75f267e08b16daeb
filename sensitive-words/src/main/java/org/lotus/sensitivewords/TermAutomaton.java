package org.lotus.sensitivewords;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.TreeMap;

/** HanLP's Aho-Corasick double-array trie over folded keys, for the entries of one rewrite language. */
final class TermAutomaton {

    private final AhoCorasickDoubleArrayTrie<Integer> trie;

    TermAutomaton(TreeMap<String, Integer> keys) {
        if (keys.isEmpty()) {
            trie = null;
        } else {
            trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(keys);
        }
    }

    void scan(char[] text, Hits hits) {
        if (trie != null && text.length > 0) {
            trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> hits.add(b, e, v));
        }
    }
}
