CREATE TABLE content_image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_type VARCHAR(32) NOT NULL,
    data         LONGBLOB    NOT NULL,
    created_at   DATETIME(6) NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(64)   NOT NULL,
    author            VARCHAR(16),
    digest            VARCHAR(120),
    body              MEDIUMTEXT    NOT NULL,
    cover_image_id    BIGINT,
    section_key       VARCHAR(32)   NOT NULL,
    language          VARCHAR(2)    NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(500),
    findings          TEXT,
    publish_at        DATETIME(6),
    publish_step      VARCHAR(16),
    draft_media_id    VARCHAR(128),
    publish_id        VARCHAR(64),
    submit_started_at DATETIME(6),
    wechat_article_id VARCHAR(128),
    wechat_url        VARCHAR(1000),
    published_title   VARCHAR(64),
    published_digest  VARCHAR(120),
    published_body    MEDIUMTEXT,
    published_at      DATETIME(6),
    revision          INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_article_publish_id UNIQUE (publish_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_article_status ON article (status);
CREATE INDEX ix_article_section_status ON article (section_key, status);

CREATE TABLE article_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT      NOT NULL,
    revision    INT         NOT NULL,
    title       VARCHAR(64) NOT NULL,
    author      VARCHAR(16),
    digest      VARCHAR(120),
    body        MEDIUMTEXT  NOT NULL,
    section_key VARCHAR(32) NOT NULL,
    language    VARCHAR(2)  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_article_revision UNIQUE (article_id, revision)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE announcement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    valid_from      DATETIME(6)  NOT NULL,
    valid_until     DATETIME(6)  NOT NULL,
    event_date      DATE,
    event_time      TIME,
    place           VARCHAR(200),
    push            BOOLEAN      NOT NULL DEFAULT FALSE,
    status          VARCHAR(16)  NOT NULL,
    status_reason   VARCHAR(500),
    findings        TEXT,
    publish_at      DATETIME(6),
    published_title VARCHAR(64),
    published_body  TEXT,
    published_place VARCHAR(200),
    push_step       VARCHAR(16),
    mass_msg_id     VARCHAR(64),
    pushed_at       DATETIME(6),
    published_at    DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_announcement_status ON announcement (status, valid_until);

CREATE TABLE partner (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    services     TEXT         NOT NULL,
    address      VARCHAR(300),
    hours        VARCHAR(300),
    contact      VARCHAR(200),
    languages    VARCHAR(100),
    status       VARCHAR(16)  NOT NULL,
    publish_at   DATETIME(6),
    published_at DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;
