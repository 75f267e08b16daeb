package org.lotus.sensitivewords.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Lexicons;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;

/**
 * {@code RewriteCommand --lang zh|fr|any [--format text|html] [--lexicon file.tsv] < in > out}: the rewritten text
 * on standard output, blocked terms on standard error. Exits 0, or 1 when blocked terms remain, 2 on bad usage.
 */
public final class RewriteCommand {

    static final int OK = 0;
    static final int BLOCKED_TERMS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT =
            "usage: RewriteCommand --lang zh|fr|any [--format text|html] [--lexicon file.tsv] < input > output";

    private RewriteCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Language language = null;
        TextFormat format = TextFormat.TEXT;
        Path lexiconFile = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--lang" -> language = Language.parse(required(value, "--lang"));
                    case "--format" ->
                        format = TextFormat.valueOf(required(value, "--format").toUpperCase(Locale.ROOT));
                    case "--lexicon" -> lexiconFile = Path.of(required(value, "--lexicon"));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
                i++;
            }
            if (language == null) {
                throw new IllegalArgumentException("--lang is required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            Lexicon lexicon = Lexicon.compile(load(lexiconFile));
            String input = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RewriteResult result = lexicon.rewriter().rewrite(input, format, language);
            out.write(result.text().getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (Finding f : result.findings()) {
                err.printf("blocked\t%d-%d\t%s\t%s%n", f.start(), f.end(), f.term(), f.category());
            }
            err.printf(
                    "%d replaced, %d blocked%n",
                    result.replacements().size(), result.findings().size());
            return result.hasFindings() ? BLOCKED_TERMS : OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
    }

    private static List<LexiconEntry> load(Path file) throws IOException {
        if (file == null) {
            return Lexicons.shipped();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Lexicons.load(reader);
        }
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
