package org.lotus.mp.support;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Published articles and announcements written straight to the database, for features that act on them. */
public final class PublishedContent {

    private PublishedContent() {}

    public static long article(JdbcTemplate jdbc, String title, String section) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        return insert(
                jdbc,
                "INSERT INTO article (title, author, digest, body, section_key, language, status, published_title,"
                        + " published_digest, published_body, published_at, revision, created_at, updated_at)"
                        + " VALUES (?, 'Lotus', '每周四', '<p>每周四下午免费检测。</p>', ?, 'zh', 'PUBLISHED', ?, '每周四',"
                        + " '<p>每周四下午免费检测。</p>', ?, 1, ?, ?)",
                title,
                section,
                title,
                now,
                now,
                now);
    }

    public static long draftArticle(JdbcTemplate jdbc, String title) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        return insert(
                jdbc,
                "INSERT INTO article (title, body, section_key, language, status, revision, created_at, updated_at)"
                        + " VALUES (?, '<p>草稿</p>', 'health', 'zh', 'DRAFT', 1, ?, ?)",
                title,
                now,
                now);
    }

    public static long announcement(JdbcTemplate jdbc, String title) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return insert(
                jdbc,
                "INSERT INTO announcement (title, body, language, valid_from, valid_until, status, published_title,"
                        + " published_body, published_at, created_at, updated_at)"
                        + " VALUES (?, '本周四下午的活动取消。', 'zh', ?, ?, 'PUBLISHED', ?, '本周四下午的活动取消。', ?, ?, ?)",
                title,
                Timestamp.valueOf(now.minusDays(1)),
                Timestamp.valueOf(now.plusDays(7)),
                title,
                Timestamp.valueOf(now),
                Timestamp.valueOf(now),
                Timestamp.valueOf(now));
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }
}
