-- Statistics: one counter per Paris day, metric and item (a section key, a channel id, a message kind...). Only
-- counts: no reader, message or address is behind a row, and rows outlive message retention purges.
CREATE TABLE daily_count (
    on_day   DATE        NOT NULL,
    metric   VARCHAR(32) NOT NULL,
    item     VARCHAR(64) NOT NULL DEFAULT '',
    n        BIGINT      NOT NULL,
    CONSTRAINT pk_daily_count PRIMARY KEY (on_day, metric, item)
) DEFAULT CHARSET = utf8mb4;

-- Follows, unfollows and messages recorded before the counters existed.
INSERT INTO daily_count (on_day, metric, item, n)
SELECT occurred_on, CASE WHEN kind = 'subscribe' THEN 'follows' ELSE 'unfollows' END, '', COUNT(*)
FROM reader_event WHERE kind IN ('subscribe', 'unsubscribe')
GROUP BY occurred_on, kind;

INSERT INTO daily_count (on_day, metric, item, n)
SELECT CAST(received_at AS DATE), 'messages', kind, COUNT(*)
FROM reader_message
GROUP BY CAST(received_at AS DATE), kind;
