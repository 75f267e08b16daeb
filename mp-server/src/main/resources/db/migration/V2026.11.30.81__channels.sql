-- Outreach channels: each printed tool carries its own permanent WeChat QR code (QR_LIMIT_STR_SCENE).
CREATE TABLE channel (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    note        VARCHAR(500),
    scene_str   VARCHAR(64)  NOT NULL,
    qr_url      VARCHAR(500),
    qr_ticket   VARCHAR(255),
    qr_problem  VARCHAR(255),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_channel_scene UNIQUE (scene_str)
) DEFAULT CHARSET = utf8mb4;
