package org.lotus.sensitivewords.bench;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One million characters of mixed Chinese and French with a 1,000-entry lexicon, four ways; plus a 20,000-character
 * article with a 3,000-entry lexicon. Average time per operation: lower is better.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RewriterBenchmark {

    private List<String> paragraphs;
    private String text;
    private AhoCorasickDoubleArrayTrie<String> bareTrie;
    private Rewriter rewriter;
    private SensitiveWordBs houbb;
    private List<LexiconEntry> entries;
    private String article;
    private Rewriter articleRewriter;

    @Setup(Level.Trial)
    public void setUp() {
        entries = BenchmarkCorpus.lexicon(1_000, 1L);
        paragraphs = BenchmarkCorpus.paragraphs(1_000_000, entries, 2L);
        text = String.join("", paragraphs);
        TreeMap<String, String> map = new TreeMap<>();
        for (LexiconEntry e : entries) {
            map.put(e.term(), e.replacement());
        }
        bareTrie = new AhoCorasickDoubleArrayTrie<>();
        bareTrie.build(map);
        rewriter = Lexicon.compile(entries).rewriter();
        List<String> words = entries.stream().map(LexiconEntry::term).toList();
        houbb = SensitiveWordBs.newInstance()
                .wordDeny(() -> words)
                .wordAllow(List::of)
                .init();
        List<LexiconEntry> large = BenchmarkCorpus.lexicon(3_000, 3L);
        articleRewriter = Lexicon.compile(large).rewriter();
        article = String.join("", BenchmarkCorpus.paragraphs(20_000, large, 4L)).substring(0, 20_000);
    }

    @Benchmark
    public int bareAhoCorasickScan() {
        int[] count = new int[1];
        bareTrie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<String>) (b, e, v) -> count[0]++);
        return count[0];
    }

    @Benchmark
    public RewriteResult lotusRewriter() {
        return rewriter.rewrite(text, TextFormat.TEXT, Language.ANY);
    }

    @Benchmark
    public int houbbSensitiveWord() {
        int length = 0;
        for (String paragraph : paragraphs) {
            length += houbb.replace(paragraph).length();
        }
        return length;
    }

    @Benchmark
    public String naiveStringReplace() {
        String s = text;
        for (LexiconEntry e : entries) {
            s = s.replace(e.term(), e.replacement());
        }
        return s;
    }

    @Benchmark
    public RewriteResult article20kWith3000Entries() {
        return articleRewriter.rewrite(article, TextFormat.TEXT, Language.ANY);
    }
}
