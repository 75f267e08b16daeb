-- WeChat's MsgId is an unsigned 64-bit number (above BIGINT's 2^63 - 1), and a message may come without one: then
-- callback_receipt alone keeps it stored once.
ALTER TABLE reader_message MODIFY COLUMN wx_msg_id DECIMAL(20, 0) NULL;
