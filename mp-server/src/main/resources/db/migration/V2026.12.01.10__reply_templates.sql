-- Ready-made replies the inbox offers, edited by staff: a label per language and the Chinese reply, stored rewritten.
CREATE TABLE reply_template (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    label_fr   VARCHAR(80)  NOT NULL,
    label_zh   VARCHAR(80)  NOT NULL,
    text       VARCHAR(600) NOT NULL,
    position   INT          NOT NULL,
    updated_at DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

INSERT INTO reply_template (label_fr, label_zh, text, position, updated_at) VALUES
('Accueil', '问候', '您好，我是 Lotus 的健康调解员。您的留言我们已经收到，请问有什么可以帮您？', 1, CURRENT_TIMESTAMP),
('Rendez-vous de dépistage', '预约检测', '每周四下午两点到五点可以来做免费检测，不需要预约，也不需要证件。', 2, CURRENT_TIMESTAMP),
('Urgence : numéros', '紧急电话', '如果有危险，请马上打电话：17 报警，15 急救，112 欧洲急救。我们也在这里陪您。', 3, CURRENT_TIMESTAMP),
('Traitement d''urgence (TPE)', '暴露后阻断', '如果发生了危险的接触，请在 48 小时内（越早越好）去任何医院急诊，说 “TPE”，可以免费拿药。', 4, CURRENT_TIMESTAMP),
('Remerciement', '感谢', '谢谢您的留言。如果还有问题，随时写给我们。', 5, CURRENT_TIMESTAMP);
