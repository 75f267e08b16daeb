-- One publication lifecycle for articles, announcements and partners: every kind keeps a revision number (edits
-- are conditional on it), a reason and findings when it stops, and the time of its last correction.
ALTER TABLE article ADD COLUMN corrected_at DATETIME(6);
-- The WeChat article a correction replaces: deleted (freepublish/delete) before the corrected one is submitted.
ALTER TABLE article ADD COLUMN replaces_article_id VARCHAR(128);

ALTER TABLE announcement ADD COLUMN revision INT NOT NULL DEFAULT 1;
ALTER TABLE announcement ADD COLUMN corrected_at DATETIME(6);

ALTER TABLE partner ADD COLUMN revision INT NOT NULL DEFAULT 1;
ALTER TABLE partner ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE partner ADD COLUMN findings TEXT;
ALTER TABLE partner ADD COLUMN corrected_at DATETIME(6);
