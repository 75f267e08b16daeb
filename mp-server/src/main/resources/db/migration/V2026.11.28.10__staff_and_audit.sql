CREATE TABLE staff_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    display_name  VARCHAR(128),
    language      VARCHAR(8)   NOT NULL DEFAULT 'fr',
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(32),
    target_id   VARCHAR(64),
    detail      VARCHAR(500)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
