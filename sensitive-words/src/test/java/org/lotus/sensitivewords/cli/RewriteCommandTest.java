package org.lotus.sensitivewords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewriteCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return RewriteCommand.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rewritesStandardInputWithShippedLexicon() {
        int status = run("<p title=\"警察\">请用安全套</p>", "--lang", "zh", "--format", "html");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("<p title=\"警察\">请用工具</p>");
        assertThat(err()).contains("1 replaced, 0 blocked");
    }

    @Test
    void reportsBlockedTermsOnStandardErrorAndExitsWithOne() {
        int status = run("关于法轮功", "--lang", "zh");

        assertThat(status).isEqualTo(RewriteCommand.BLOCKED_TERMS);
        assertThat(out()).isEqualTo("关于法轮功");
        assertThat(err()).contains("blocked\t2-5\t法轮功\tpolitics");
    }

    @Test
    void usesLexiconFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lexicon.tsv");
        Files.writeString(file, "chat\tfélin\tfr\ttest\n", StandardCharsets.UTF_8);

        int status = run("Le chat dort.", "--lang", "fr", "--lexicon", file.toString());

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("Le félin dort.");
    }

    @Test
    void namesBadLexiconLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lexicon.tsv");
        Files.writeString(file, "# header\nchat\tfélin\tfr\n", StandardCharsets.UTF_8);

        int status = run("x", "--lang", "fr", "--lexicon", file.toString());

        assertThat(status).isEqualTo(RewriteCommand.USAGE);
        assertThat(err()).contains("line 2:");
    }

    @Test
    void explainsUsageWithoutLanguage() {
        assertThat(run("x")).isEqualTo(RewriteCommand.USAGE);
        assertThat(err()).contains("--lang is required").contains("usage:");
    }
}
