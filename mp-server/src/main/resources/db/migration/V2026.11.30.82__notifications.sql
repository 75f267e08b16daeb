-- Notifying followers (mass send) of one article or announcement: one row per item, claimed atomically
-- (PREVIEWED -> SENDING -> SENT | FAILED | NEEDS_REVIEW), so an item is never sent twice.
CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_type   VARCHAR(16)  NOT NULL,
    content_id     BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    text_sent      VARCHAR(600),
    previewed_at   DATETIME(6),
    previewed_by   VARCHAR(64),
    sent_at        DATETIME(6),
    sent_by        VARCHAR(64),
    msg_id         VARCHAR(64),
    errcode        INT,
    problem        VARCHAR(500),
    CONSTRAINT uk_notification_content UNIQUE (content_type, content_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_notification_sent_at ON notification (sent_at);

-- MASSSENDJOBFINISH results, by WeChat's msg_id (ours and announcement pushes alike).
CREATE TABLE mass_send_result (
    msg_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    status       VARCHAR(64)  NOT NULL,
    total_count  INT          NOT NULL,
    filter_count INT          NOT NULL,
    sent_count   INT          NOT NULL,
    error_count  INT          NOT NULL,
    received_at  DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;
