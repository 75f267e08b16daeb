-- Reports of dangerous clients sent by readers. The reporter is a pseudonym; what she wrote, where and when are
-- sealed (AES-GCM); the client's number is a keyed hash for matching, sealed for moderators, and its last four
-- digits for a masked display. confirm_key is the confirming push's receipt: a retried confirmation stores once.
CREATE TABLE client_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    status             VARCHAR(12)  NOT NULL,
    reporter_pseudonym CHAR(64),
    confirm_key        CHAR(64)     NOT NULL,
    what_sealed        TEXT,
    voice_msg_ids      VARCHAR(500),
    phone_hash         CHAR(64),
    phone_sealed       VARCHAR(255),
    phone_last_four    CHAR(4),
    area_sealed        TEXT,
    occurred_sealed    TEXT,
    summary            TEXT,
    decision_note      VARCHAR(500),
    merged_into        BIGINT,
    reported_at        DATETIME(6)  NOT NULL,
    decided_at         DATETIME(6),
    decided_by         VARCHAR(64),
    CONSTRAINT uk_client_report_confirm UNIQUE (confirm_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_client_report_phone ON client_report (phone_hash, status);
CREATE INDEX ix_client_report_status ON client_report (status, reported_at);
CREATE INDEX ix_client_report_reporter ON client_report (reporter_pseudonym);

-- Virtual outreach: who was contacted where and when (the number hashed and sealed), and the messages sent.
CREATE TABLE outreach_template (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(120) NOT NULL,
    text       TEXT         NOT NULL,
    channel_id BIGINT,
    updated_at DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE outreach_contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    platform        VARCHAR(64)  NOT NULL,
    city            VARCHAR(64)  NOT NULL,
    contacted_on    DATE         NOT NULL,
    phone_hash      CHAR(64),
    phone_sealed    VARCHAR(255),
    phone_last_four CHAR(4),
    template_id     BIGINT,
    outcome         VARCHAR(32)  NOT NULL,
    logged_by       VARCHAR(64)  NOT NULL,
    logged_at       DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_outreach_contact_phone ON outreach_contact (phone_hash, contacted_on);
CREATE INDEX ix_outreach_contact_on ON outreach_contact (contacted_on);

-- The menu entry that starts a report or a check; the "news" button had room for it.
INSERT INTO section (section_key, group_key, name_zh, name_fr, position, reply_kind, reply_text, reply_text_fr, enabled, updated_at) VALUES
('safety', 'news', '安全提醒', 'Alertes sécurité', 2, 'TEXT',
'【安全提醒】
姐妹之间互相提醒危险的客人。
• 回复 1：举报一个危险的客人（可以打字，也可以发语音）
• 回复 2：查一个电话号码有没有被举报过
也可以直接发：查 0612345678
你的身份不会告诉任何人。随时回复“取消”退出。',
'Alertes entre collègues : répondre 1 pour signaler un client dangereux, 2 pour vérifier un numéro (ou « 查 » suivi du numéro). L''identité de la personne qui signale n''est jamais communiquée.',
TRUE, CURRENT_TIMESTAMP);
