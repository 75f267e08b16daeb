CREATE TABLE lexicon_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    term        VARCHAR(100) NOT NULL,
    replacement VARCHAR(200) NOT NULL DEFAULT '',
    language    VARCHAR(8)   NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    note        VARCHAR(300) NOT NULL DEFAULT '',
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_lexicon_entry_term UNIQUE (term, language)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row: bumped with every change, so each instance knows when to recompile (polled every few seconds).
CREATE TABLE lexicon_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) DEFAULT CHARSET = utf8mb4;

INSERT INTO lexicon_revision (id, revision) VALUES (1, 0);
