package org.lotus.mp.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lotus.content.article.Articles;
import org.lotus.content.section.Sections;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.sensitivewords.Replacement;
import org.springframework.stereotype.Service;

/** The keyword answers staff edit; every change is checked with the lexicon and against the other answers. */
@Service
public class KeywordAnswers {

    static final int MAX_KEYWORDS = 50;
    static final int MAX_KEYWORD_LENGTH = 100;

    private final ReaderTextStore store;
    private final ReaderTexts texts;
    private final LexiconCheck lexicon;
    private final Sections sections;
    private final Articles articles;
    private final AuditLog audit;

    /** A saved answer and the replacements the lexicon made in its text. */
    public record Saved(KeywordAnswer answer, List<Replacement> replacements) {}

    KeywordAnswers(
            ReaderTextStore store,
            ReaderTexts texts,
            LexiconCheck lexicon,
            Sections sections,
            Articles articles,
            AuditLog audit) {
        this.store = store;
        this.texts = texts;
        this.lexicon = lexicon;
        this.sections = sections;
        this.articles = articles;
        this.audit = audit;
    }

    public List<KeywordAnswer> all() {
        return store.answers();
    }

    public Optional<KeywordAnswer> find(long id) {
        return store.answer(id);
    }

    public Saved create(KeywordAnswer.Draft draft) {
        Checked checked = check(draft, null);
        long id = store.insertAnswer(checked.draft());
        texts.changed();
        audit.record(
                "keyword-answer.create", "keyword-answer", id, draft.keywords().size() + " keywords");
        return new Saved(store.answer(id).orElseThrow(), checked.replacements());
    }

    /** Empty when no answer has this id. */
    public Optional<Saved> update(long id, KeywordAnswer.Draft draft) {
        if (store.answer(id).isEmpty()) {
            return Optional.empty();
        }
        Checked checked = check(draft, id);
        if (!store.updateAnswer(id, checked.draft())) {
            return Optional.empty();
        }
        texts.changed();
        audit.record(
                "keyword-answer.update", "keyword-answer", id, draft.keywords().size() + " keywords");
        return Optional.of(new Saved(store.answer(id).orElseThrow(), checked.replacements()));
    }

    public boolean delete(long id) {
        if (!store.deleteAnswer(id)) {
            return false;
        }
        texts.changed();
        audit.record("keyword-answer.delete", "keyword-answer", id, null);
        return true;
    }

    private record Checked(KeywordAnswer.Draft draft, List<Replacement> replacements) {}

    private Checked check(KeywordAnswer.Draft draft, Long id) {
        List<String> keywords = keywords(draft.keywords());
        if (draft.match() == null) {
            throw new InvalidFieldException("match", "match must be contains or exact", "match");
        }
        String text = draft.text() == null || draft.text().isBlank()
                ? null
                : draft.text().strip();
        List<Replacement> replacements = List.of();
        switch (draft.kind()) {
            case SECTION -> {
                if (sections.find(draft.sectionKey()).isEmpty()) {
                    throw new InvalidFieldException("section", "no section " + draft.sectionKey(), "unknownSection");
                }
            }
            case ARTICLE -> {
                if (articles.find(draft.articleId()).isEmpty()) {
                    throw new InvalidFieldException("articleId", "no article " + draft.articleId(), "unknownArticle");
                }
            }
            case TEXT -> {
                if (text == null) {
                    throw new InvalidFieldException(
                            "text", "the answer needs a text, a section or an article", "answerTarget");
                }
            }
            case REPORT, CHECK -> text = null; // the desk answers with its own texts
        }
        if (text != null) {
            var rewritten = lexicon.rewrite("text", text);
            text = rewritten.text();
            replacements = rewritten.replacements();
            if (AutomaticReplies.bytes(text) > AutomaticReplies.MAX_BYTES) {
                throw new TextTooLongException("text", AutomaticReplies.bytes(text), AutomaticReplies.MAX_BYTES);
            }
        }
        KeywordAnswer.Draft clean = new KeywordAnswer.Draft(
                keywords,
                draft.match(),
                text,
                draft.textFr() == null ? null : draft.textFr().strip(),
                draft.sectionKey(),
                draft.articleId(),
                draft.kind().desk() ? null : draft.audioId(),
                draft.kind());
        checkNoKeywordTakenTwice(clean, id);
        return new Checked(clean, replacements);
    }

    private static List<String> keywords(List<String> given) {
        List<String> keywords = given == null
                ? List.of()
                : given.stream()
                        .filter(k -> k != null && !k.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (keywords.isEmpty() || keywords.size() > MAX_KEYWORDS) {
            throw new InvalidFieldException(
                    "keywords", "give 1 to " + MAX_KEYWORDS + " keywords", "keywordCount", MAX_KEYWORDS);
        }
        if (keywords.stream().anyMatch(k -> k.length() > MAX_KEYWORD_LENGTH || k.contains("\n"))) {
            throw new InvalidFieldException(
                    "keywords",
                    "a keyword is at most " + MAX_KEYWORD_LENGTH + " characters",
                    "tooLong",
                    MAX_KEYWORD_LENGTH);
        }
        return keywords;
    }

    /**
     * Two answers may not share a keyword (in any spelling the matcher folds together). The safety desk's triggers
     * are read apart, before any answer, so they are compared among themselves only.
     */
    private void checkNoKeywordTakenTwice(KeywordAnswer.Draft draft, Long id) {
        boolean desk = draft.kind().desk();
        List<KeywordAnswer> all = new ArrayList<>(store.answers().stream()
                .filter(a -> id == null || a.id() != id)
                .filter(a -> a.kind().desk() == desk)
                .toList());
        all.add(new KeywordAnswer(
                id == null ? -1 : id,
                draft.keywords(),
                draft.match(),
                draft.kind(),
                draft.text(),
                null,
                null,
                null,
                null,
                null));
        try {
            new KeywordMatcher(all);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("keywords", e.getMessage(), "keywordTaken");
        }
    }
}
