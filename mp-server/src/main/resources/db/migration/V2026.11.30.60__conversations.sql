-- A nickname the staff choose for a reader (never the openid); it goes with the reader row when she is erased.
ALTER TABLE reader ADD COLUMN nickname VARCHAR(64) NULL;

-- Our replies to readers, sent or waiting: the other half of each conversation, and the queue of replies WeChat could
-- not take at once. A row is claimed (QUEUED -> SENDING) by one instance before it is sent, so it is sent once.
-- The foreign key erases a reader's replies with her and follows her pseudonym when keys are rotated.
CREATE TABLE staff_reply (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    reader_pseudonym CHAR(64)    NOT NULL,
    comment_id       BIGINT      NULL,
    text_content     TEXT        NOT NULL,
    author           VARCHAR(64) NOT NULL,
    status           VARCHAR(12) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    sent_at          DATETIME(6) NULL,
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6) NULL,
    last_error       VARCHAR(32) NULL,
    CONSTRAINT fk_staff_reply_reader FOREIGN KEY (reader_pseudonym) REFERENCES reader (pseudonym)
        ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_staff_reply_reader ON staff_reply (reader_pseudonym, created_at);
CREATE INDEX ix_staff_reply_due ON staff_reply (status, next_attempt_at);
