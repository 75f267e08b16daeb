ALTER TABLE reader_message ADD COLUMN handled_at DATETIME(6) NULL;
ALTER TABLE reader_message ADD COLUMN handled_by VARCHAR(64) NULL;
ALTER TABLE reader_message ADD COLUMN replied_at DATETIME(6) NULL;
ALTER TABLE reader_message ADD COLUMN replied_by VARCHAR(64) NULL;
