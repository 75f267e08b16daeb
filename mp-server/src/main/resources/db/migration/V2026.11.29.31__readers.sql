-- A reader is a keyed pseudonym (HMAC-SHA256 of the openid); the openid itself only sealed with AES-GCM.
CREATE TABLE reader (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    pseudonym       CHAR(64)     NOT NULL,
    openid_sealed   VARCHAR(255) NOT NULL,
    first_seen_at   DATETIME(6)  NOT NULL,
    last_message_at DATETIME(6),
    CONSTRAINT uk_reader_pseudonym UNIQUE (pseudonym)
) DEFAULT CHARSET = utf8mb4;
