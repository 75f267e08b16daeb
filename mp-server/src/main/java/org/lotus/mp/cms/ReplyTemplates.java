package org.lotus.mp.cms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Ready-made replies the inbox offers ({@code inbox/reply-templates.tsv}): a label per language, a Chinese text. */
@Component
class ReplyTemplates {

    /** One template (public so templates can read it). */
    public record Template(String key, String labelFr, String labelZh, String text) {}

    private final List<Template> templates;

    ReplyTemplates() {
        this.templates = load();
    }

    List<Template> all() {
        return templates;
    }

    private static List<Template> load() {
        List<Template> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("inbox/reply-templates.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length == 4) {
                    result.add(new Template(cells[0], cells[1], cells[2], cells[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(result);
    }
}
