package org.lotus.mp.lexicon;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.LexiconEntry;

/** A lexicon entry as stored; language is {@code zh}, {@code fr} or {@code any}. */
@TableName("lexicon_entry")
public class LexiconRow {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String term;
    private String replacement;
    private String language;
    private String category;
    private String note;
    private LocalDateTime updatedAt;

    static LexiconRow of(LexiconEntry entry) {
        LexiconRow row = new LexiconRow();
        row.copy(entry);
        return row;
    }

    void copy(LexiconEntry entry) {
        term = entry.term();
        replacement = entry.replacement();
        language = entry.language().code();
        category = entry.category();
        note = entry.note();
    }

    LexiconEntry toEntry() {
        return new LexiconEntry(term, replacement, Language.parse(language), category, note);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public boolean isBlocked() {
        return replacement == null || replacement.isEmpty();
    }
}
