package org.lotus.sensitivewords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads and writes lexicons as tab-separated values: {@code term<TAB>replacement<TAB>language<TAB>category}, an
 * optional fifth column for a note, an empty replacement for a blocked term, and lines starting with {@code #}
 * ignored.
 */
public final class Lexicons {

    private static final String[] SHIPPED = {"/lexicon/zh.tsv", "/lexicon/fr.tsv"};

    private Lexicons() {}

    /**
     * Parses a TSV lexicon.
     *
     * @throws LexiconFormatException naming the first bad line
     */
    public static List<LexiconEntry> load(Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<LexiconEntry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries.add(parse(line, number));
        }
        return entries;
    }

    /** Parses a UTF-8 TSV lexicon. */
    public static List<LexiconEntry> load(InputStream in) throws IOException {
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The lexicons shipped with this library, Chinese then French. */
    public static List<LexiconEntry> shipped() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String resource : SHIPPED) {
            try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                entries.addAll(load(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LexiconFormatException e) {
                throw new IllegalStateException(resource + ", " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Writes entries in the format {@link #load(Reader)} reads, with a header line. */
    public static void write(Collection<LexiconEntry> entries, Writer out) throws IOException {
        out.write("# term\treplacement\tlanguage\tcategory\tnote\n");
        for (LexiconEntry e : entries) {
            out.write(String.join("\t", e.term(), e.replacement(), e.language().code(), e.category(), e.note()));
            out.write('\n');
        }
    }

    private static LexiconEntry parse(String line, int number) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 4 || cells.length > 5) {
            throw new LexiconFormatException(
                    number,
                    "expected 4 or 5 tab-separated columns (term, replacement, language, category[, note])," + " found "
                            + cells.length);
        }
        if (cells[0].isBlank()) {
            throw new LexiconFormatException(number, "the term is blank");
        }
        if (cells[3].isBlank()) {
            throw new LexiconFormatException(number, "the category is blank");
        }
        try {
            Language language = Language.parse(cells[2]);
            return new LexiconEntry(cells[0], cells[1], language, cells[3], cells.length == 5 ? cells[4] : "");
        } catch (IllegalArgumentException e) {
            throw new LexiconFormatException(number, e.getMessage());
        }
    }
}
