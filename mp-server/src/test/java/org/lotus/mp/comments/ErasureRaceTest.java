package org.lotus.mp.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A reader's erasure wins over a media download still under way, and no media file outlives its message. */
class ErasureRaceTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrphanMedia orphanMedia;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    long filesOf(long messageId) throws IOException {
        Path media = dataDir().resolve("media");
        if (!Files.isDirectory(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(media)) {
            return files.filter(f -> f.getFileName().toString().startsWith(messageId + "."))
                    .count();
        }
    }

    @Test
    void leavesNoFileWhenTheReaderErasesWhileThePhotoIsStillDownloading() throws Exception {
        String reader = reader();
        long msgId = Pushes.nextMsgId();
        String mediaId = "slow-photo-" + msgId;
        WechatFake.shared()
                .givenSlowMedia(mediaId, "photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8}, 1500);

        mvc.perform(PUSHES.encrypted(Pushes.image(reader, msgId, mediaId))).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
        await().atMost(Duration.ofSeconds(5)).until(() -> WechatFake.shared().mediaRequests(mediaId) > 0);
        mvc.perform(PUSHES.encrypted(Pushes.text(reader, Pushes.nextMsgId(), "删除我的信息")))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_message WHERE id = ?", Long.class, id))
                .isZero();
        // The download answers 1.5 s later; its file must never stay.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> filesOf(id) == 0);
    }

    @Test
    void sweepsMediaFilesWithoutAMessageAndKeepsTheOthers() throws Exception {
        String reader = reader();
        long msgId = Pushes.nextMsgId();
        String mediaId = "kept-photo-" + msgId;
        WechatFake.shared().givenMedia(mediaId, "photo.jpg", "image/jpeg", new byte[] {1, 2, 3});
        mvc.perform(PUSHES.encrypted(Pushes.image(reader, msgId, mediaId))).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
        await().atMost(Duration.ofSeconds(10)).until(() -> filesOf(id) == 1);
        Path media = dataDir().resolve("media");
        Path orphan = Files.write(media.resolve("987654321.jpg"), new byte[] {9});
        Path oldLeftover = Files.write(media.resolve("convert-123.mp3"), new byte[] {9});
        Files.setLastModifiedTime(oldLeftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path freshLeftover = Files.write(media.resolve("convert-456.mp3"), new byte[] {9});

        assertThat(orphanMedia.sweep()).isEqualTo(2);

        assertThat(orphan).doesNotExist();
        assertThat(oldLeftover).doesNotExist();
        assertThat(freshLeftover).exists();
        assertThat(filesOf(id)).isEqualTo(1);
    }
}
