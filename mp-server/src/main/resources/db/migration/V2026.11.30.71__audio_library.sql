-- The staff's audio library: one MP3 per clip under DATA_DIR/audio/, the WeChat permanent voice material id once
-- uploaded (at first use).
CREATE TABLE audio_clip (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(100) NOT NULL,
    duration_millis   INT          NOT NULL,
    size_bytes        INT          NOT NULL,
    file_name         VARCHAR(64)  NOT NULL,
    wechat_media_id   VARCHAR(128),
    wechat_uploaded_at DATETIME(6),
    created_by        VARCHAR(64)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- Voice notes not yet listened to stay visible; first_listened_at feeds the median time to first listen.
ALTER TABLE reader_message ADD COLUMN listened_at DATETIME(6) NULL;
ALTER TABLE reader_message ADD COLUMN listened_by VARCHAR(64) NULL;
CREATE INDEX ix_reader_message_unlistened ON reader_message (kind, listened_at);
