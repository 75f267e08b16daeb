package org.lotus.mp.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lotus.content.article.Article;
import org.lotus.mp.LotusSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An article's optional audio version: a clip of the library, played on our mobile page (MP3, no autoplay) and
 * linked from the WeChat article ("听语音版") to that page, since WeChat articles cannot carry our sound.
 */
@Service
public class ArticleAudio {

    static final String LISTEN = "听语音版";

    private final JdbcTemplate jdbc;
    private final AudioLibrary library;
    private final LotusSettings settings;

    ArticleAudio(JdbcTemplate jdbc, AudioLibrary library, LotusSettings settings) {
        this.jdbc = jdbc;
        this.library = library;
        this.settings = settings;
    }

    /** Gives the article this clip as its audio version, or none ({@code null}); false for an unknown article. */
    public boolean attach(long articleId, Long audioId) {
        return jdbc.update("UPDATE article SET audio_id = ? WHERE id = ?", audioId, articleId) > 0;
    }

    /** The WeChat body with a first paragraph linking to our page's player, when the article has an audio version. */
    public String withListenLink(Article article, String wechatBody) {
        if (article.getAudioId() == null || library.find(article.getAudioId()).isEmpty()) {
            return wechatBody;
        }
        String url = settings.publicBaseUrl() + "/m/articles/" + article.getId() + "#audio";
        return "<p><a href=\"" + url + "\">🔊 " + LISTEN + "</a></p>" + wechatBody;
    }

    /** The MP3 of an article's audio version. */
    public Optional<Path> file(Article article) {
        return Optional.ofNullable(article.getAudioId())
                .flatMap(library::find)
                .map(library::file)
                .filter(Files::isRegularFile);
    }
}
