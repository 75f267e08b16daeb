-- One row per stored callback: the unique key makes storing idempotent across retries, instances and spool replays.
-- receipt_key is a keyed hash, never the sender's openid.
CREATE TABLE callback_receipt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_key CHAR(64)    NOT NULL,
    received_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_callback_receipt_key UNIQUE (receipt_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_callback_receipt_received_at ON callback_receipt (received_at);

-- Follow and unfollow counts: a kind and a day, no identity.
CREATE TABLE reader_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    occurred_on DATE        NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reader_event_day ON reader_event (occurred_on, kind);

-- PUBLISHJOBFINISH events as received, until publishing reconciles them.
CREATE TABLE publish_job_result (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    publish_id     VARCHAR(64)  NOT NULL,
    publish_status INT          NOT NULL,
    article_id     VARCHAR(128),
    article_urls   TEXT,
    failed_indexes VARCHAR(255),
    received_at    DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_publish_job_result_publish_id ON publish_job_result (publish_id);
