CREATE TABLE menu_group (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_key VARCHAR(32) NOT NULL,
    name_zh   VARCHAR(64) NOT NULL,
    name_fr   VARCHAR(64) NOT NULL,
    position  INT         NOT NULL,
    CONSTRAINT uk_menu_group_key UNIQUE (group_key)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE section (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_key   VARCHAR(32)  NOT NULL,
    group_key     VARCHAR(32)  NOT NULL,
    name_zh       VARCHAR(64)  NOT NULL,
    name_fr       VARCHAR(64)  NOT NULL,
    position      INT          NOT NULL,
    reply_kind    VARCHAR(16)  NOT NULL,
    reply_text    TEXT         NOT NULL,
    reply_text_fr TEXT,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_section_key UNIQUE (section_key)
) DEFAULT CHARSET = utf8mb4;
