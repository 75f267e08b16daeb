package org.lotus.mp.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded photos lose their metadata, and an image is public only once published content uses it. */
class UploadedImagesTest extends EmbeddedTest {

    static final String GPS_SECRET = "48.8566N-2.3522E-home";

    @Autowired
    MockMvc mvc;

    /** A 40×20 JPEG as a phone writes it: an EXIF segment with orientation 6 (turn right) and a GPS position. */
    static byte[] phonePhoto() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_3BYTE_BGR);
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] secret = (GPS_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        // IFD0 at 8: two entries, Orientation = 6 and the GPS IFD pointer (at 8 + 2 + 24 + 4 = 38).
        tiff.writeBytes(new byte[] {0, 2});
        tiff.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0});
        tiff.writeBytes(new byte[] {(byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38});
        tiff.writeBytes(new byte[] {0, 0, 0, 0});
        // GPS IFD at 38: one entry, GPSAreaInformation-like ASCII text at 38 + 2 + 12 + 4 = 56.
        tiff.writeBytes(new byte[] {0, 1});
        tiff.writeBytes(new byte[] {0, 0x1C, 0, 2, 0, 0, 0, (byte) secret.length, 0, 0, 0, 56});
        tiff.writeBytes(new byte[] {0, 0, 0, 0});
        tiff.writeBytes(secret);
        byte[] exif = tiff.toByteArray();
        int length = 2 + 6 + exif.length;
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
        photo.writeBytes(new byte[] {(byte) (length >> 8), (byte) length});
        photo.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        photo.writeBytes(exif);
        photo.write(jpeg, 2, jpeg.length - 2);
        return photo.toByteArray();
    }

    long upload(byte[] photo) throws Exception {
        String body = mvc.perform(post("/api/images")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.IMAGE_JPEG)
                        .content(photo))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body).path("id").asLong();
    }

    byte[] asStaff(long id) throws Exception {
        return mvc.perform(get("/m/images/" + id).with(user(ADMIN).roles("EDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void storesAPhoneJpegWithoutItsGpsPositionAndTurnedUpright() throws Exception {
        byte[] photo = phonePhoto();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(GPS_SECRET, "Exif");

        byte[] stored = asStaff(upload(photo));

        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(GPS_SECRET).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
    }

    @Test
    void showsAnImageToReadersOnceAPublishedArticleUsesIt() throws Exception {
        long image = upload(phonePhoto());
        mvc.perform(get("/m/images/" + image)).andExpect(status().isNotFound());

        String created = mvc.perform(post("/api/articles")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"有图片","author":"Lotus","digest":"摘要","body":"<p>看图</p><p><img src=\\"/m/images/%d\\"></p>",
                                 "section":"health","language":"zh"}""".formatted(image)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long article = JsonMapper.shared().readTree(created).path("id").asLong();
        mvc.perform(post("/api/articles/" + article + "/publish").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/m/images/" + image))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    @Nested
    class Refuses {

        @Test
        void anUnpublishedImageToReadersEvenWithItsId() throws Exception {
            long image = upload(phonePhoto());

            mvc.perform(get("/m/images/" + image)).andExpect(status().isNotFound());
            mvc.perform(get("/m/images/" + (image + 1))).andExpect(status().isNotFound());
        }
    }
}
