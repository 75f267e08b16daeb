package org.lotus.sensitivewords;

import java.util.List;

/** Shared lexicons: compiling the shipped one loads HanLP, so it is done once per test run. */
final class Fixtures {

    private static final class Shipped {
        static final Rewriter REWRITER = Lexicon.compile(Lexicons.shipped()).rewriter();
    }

    private Fixtures() {}

    static Rewriter shipped() {
        return Shipped.REWRITER;
    }

    static Rewriter of(LexiconEntry... entries) {
        return Lexicon.compile(List.of(entries)).rewriter();
    }

    static LexiconEntry zh(String term, String replacement) {
        return LexiconEntry.of(term, replacement, Language.ZH, "test");
    }

    static LexiconEntry fr(String term, String replacement) {
        return LexiconEntry.of(term, replacement, Language.FR, "test");
    }

    static String rewriteZh(String text) {
        return shipped().rewrite(text, Language.ZH).text();
    }

    static String rewriteFr(String text) {
        return shipped().rewrite(text, Language.FR).text();
    }
}
