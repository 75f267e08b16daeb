package org.lotus.mp.lexicon;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.LexiconFormatException;
import org.lotus.sensitivewords.Lexicons;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored lexicon: search, add or change, delete, import and export as TSV. Every change is checked by compiling
 * the whole lexicon first (a euphemism must never hold a censored term) and bumps the shared revision.
 */
@Service
public class LexiconEntries implements ApplicationRunner {

    private final LexiconMapper mapper;
    private final CurrentLexicon current;

    LexiconEntries(LexiconMapper mapper, CurrentLexicon current) {
        this.mapper = mapper;
        this.current = current;
    }

    /** Seeds the shipped lexicons on the first start of the first instance, then compiles. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (mapper.claimSeeding() == 1) {
            Lexicons.shipped().forEach(entry -> insert(LexiconRow.of(entry)));
        }
        current.refresh();
    }

    public List<LexiconRow> search(String query, String language, String category) {
        QueryWrapper<LexiconRow> where = new QueryWrapper<>();
        if (query != null && !query.isBlank()) {
            where.and(w -> w.like("term", query.strip()).or().like("replacement", query.strip()));
        }
        if (language != null && !language.isBlank()) {
            where.eq("language", language);
        }
        if (category != null && !category.isBlank()) {
            where.eq("category", category);
        }
        return mapper.selectList(
                where.orderByAsc("language").orderByAsc("category").orderByAsc("term"));
    }

    public Optional<LexiconRow> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    /** Adds the entry, or changes the one with the same term and language. */
    @Transactional
    public LexiconRow save(LexiconEntry entry) {
        Map<String, LexiconEntry> all = byKey(all());
        all.put(key(entry), entry);
        check(all.values());
        LexiconRow row = mapper.selectOne(new QueryWrapper<LexiconRow>()
                .eq("term", entry.term())
                .eq("language", entry.language().code()));
        if (row == null) {
            row = LexiconRow.of(entry);
            insert(row);
        } else {
            row.copy(entry);
            row.setUpdatedAt(now());
            mapper.updateById(row);
        }
        changed();
        return row;
    }

    @Transactional
    public LexiconRow update(long id, LexiconEntry entry) {
        LexiconRow row = find(id).orElseThrow(() -> new LexiconChangeException("id", "unknown lexicon entry " + id));
        List<LexiconEntry> others = new ArrayList<>(all());
        others.remove(row.toEntry());
        others.add(entry);
        check(others);
        row.copy(entry);
        row.setUpdatedAt(now());
        mapper.updateById(row);
        changed();
        return row;
    }

    @Transactional
    public boolean delete(long id) {
        boolean deleted = mapper.deleteById(id) == 1;
        if (deleted) {
            changed();
        }
        return deleted;
    }

    /**
     * Imports TSV lines ({@code term, replacement, language, category[, note]}); entries with a known term and
     * language are changed, others added. Nothing is stored when a line is bad.
     *
     * @return how many entries the import added or changed
     */
    @Transactional
    public int importTsv(Reader tsv) {
        List<LexiconEntry> imported;
        try {
            imported = Lexicons.load(tsv);
        } catch (LexiconFormatException e) {
            throw new LexiconChangeException("line " + e.lineNumber(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, LexiconEntry> all = byKey(all());
        imported.forEach(entry -> all.put(key(entry), entry));
        check(all.values());
        Map<String, LexiconRow> stored = new LinkedHashMap<>();
        mapper.selectList(null).forEach(row -> stored.put(key(row.toEntry()), row));
        for (LexiconEntry entry : imported) {
            LexiconRow row = stored.get(key(entry));
            if (row == null) {
                insert(LexiconRow.of(entry));
            } else if (!row.toEntry().equals(entry)) {
                row.copy(entry);
                row.setUpdatedAt(now());
                mapper.updateById(row);
            }
        }
        changed();
        return imported.size();
    }

    public void exportTsv(Writer out) throws IOException {
        Lexicons.write(all(), out);
    }

    private List<LexiconEntry> all() {
        return mapper.selectList(new QueryWrapper<LexiconRow>().orderByAsc("id")).stream()
                .map(LexiconRow::toEntry)
                .toList();
    }

    private void insert(LexiconRow row) {
        row.setUpdatedAt(now());
        mapper.insert(row);
    }

    private void changed() {
        mapper.bumpRevision();
        current.refreshAfterCommit();
    }

    private static void check(java.util.Collection<LexiconEntry> entries) {
        try {
            Lexicon.compile(entries);
        } catch (IllegalArgumentException e) {
            throw new LexiconChangeException("term", e.getMessage());
        }
    }

    private static Map<String, LexiconEntry> byKey(List<LexiconEntry> entries) {
        Map<String, LexiconEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(key(e), e));
        return map;
    }

    private static String key(LexiconEntry entry) {
        return entry.language().code() + "\t" + entry.term();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
