-- Messages readers send to the account. wx_msg_id is unique: a retried or doubly delivered message is stored once.
CREATE TABLE reader_message (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    wx_msg_id             BIGINT       NOT NULL,
    reader_pseudonym      CHAR(64)     NOT NULL,
    kind                  VARCHAR(8)   NOT NULL,
    text_content          TEXT,
    transcription         TEXT,
    media_id              VARCHAR(128),
    media_format          VARCHAR(16),
    media_file            VARCHAR(255),
    media_type            VARCHAR(64),
    media_status          VARCHAR(12)  NOT NULL DEFAULT 'NONE',
    media_attempts        INT          NOT NULL DEFAULT 0,
    media_next_attempt_at DATETIME(6),
    urgent                BOOLEAN      NOT NULL DEFAULT FALSE,
    received_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_reader_message_wx_msg_id UNIQUE (wx_msg_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reader_message_received_at ON reader_message (received_at);
CREATE INDEX ix_reader_message_media_due ON reader_message (media_status, media_next_attempt_at);
