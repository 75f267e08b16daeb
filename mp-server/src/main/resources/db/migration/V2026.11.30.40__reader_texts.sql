-- Automatic replies: one editable text per stable key (welcome, text-received, urgent, ...). Chinese is served,
-- French is shown to staff only. Seeded by the next migration, rewritten with the lexicon.
CREATE TABLE automatic_reply (
    reply_key  VARCHAR(32) NOT NULL PRIMARY KEY,
    reply_text    TEXT        NOT NULL,
    reply_text_fr TEXT,
    audio_id   BIGINT,
    updated_at DATETIME(6) NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- Keyword answers: a reader's text holding one of the keywords (one per line) gets this answer instead of the
-- generic acknowledgement. The answer is a text, a section's reply or an article.
CREATE TABLE keyword_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    keywords    TEXT        NOT NULL,
    match_kind  VARCHAR(16) NOT NULL,
    answer_kind VARCHAR(16) NOT NULL,
    answer_text    TEXT,
    answer_text_fr TEXT,
    section_key VARCHAR(32),
    article_id  BIGINT,
    audio_id    BIGINT,
    updated_at  DATETIME(6) NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- One row, bumped with every change to replies, keyword answers or section texts: each instance polls it and
-- drops its cached texts, as it does for the lexicon revision.
CREATE TABLE reader_text_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) DEFAULT CHARSET = utf8mb4;

INSERT INTO reader_text_revision (id, revision) VALUES (1, 0);
