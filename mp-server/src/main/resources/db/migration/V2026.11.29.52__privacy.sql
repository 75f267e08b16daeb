ALTER TABLE reader ADD COLUMN unsubscribed_at DATETIME(6) NULL;

-- What the retention jobs and erasures removed: counts only, never what it said or whose it was.
CREATE TABLE privacy_purge (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    reason      VARCHAR(32) NOT NULL,
    messages    INT         NOT NULL,
    files       INT         NOT NULL,
    readers     INT         NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_privacy_purge_occurred_at ON privacy_purge (occurred_at);

INSERT INTO section (section_key, group_key, name_zh, name_fr, position, reply_kind, reply_text, reply_text_fr, enabled, updated_at) VALUES
('privacy', 'us', '隐私与删除', 'Confidentialité', 5, 'TEXT',
'【你的隐私】
• 我们保存什么：你的留言、语音和图片，以及一个代号。我们不保存你的微信号，只加密保存用来回复你的编号。
• 保存多久：语音30天，文字和图片180天，之后自动删除。取消关注30天后，关于你的一切都会删除。
• 谁能看到：只有我们的健康调解员和经过培训的同伴志愿者。我们不会交给警察、房东或家人。
• 怎样删除：想删除关于你的所有信息，请发送“删除我的信息”确认，我们会马上删除，并告诉你已经删除。',
'Ce que nous gardons, combien de temps, qui le voit ; envoyer « 删除我的信息 » efface tout.',
TRUE, CURRENT_TIMESTAMP);
