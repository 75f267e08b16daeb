package org.lotus.content.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.lotus.content.InvalidContentException;

/**
 * An uploaded image drawn again from its pixels alone: EXIF (GPS position, camera, time), XMP, IPTC and comments are
 * not copied, so a photo taken on a phone cannot tell where it was taken. EXIF's orientation is applied to the pixels
 * first, so a portrait photo stays upright.
 */
final class ReencodedImage {

    private static final float JPEG_QUALITY = 0.9f;

    private ReencodedImage() {}

    static byte[] of(String type, byte[] data) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new InvalidContentException("image", "imageUnreadable", "the image cannot be read");
        }
        boolean jpeg = type.equals("image/jpeg");
        if (jpeg) {
            image = upright(withoutAlpha(image), ExifOrientation.of(data));
        }
        try {
            return jpeg ? jpeg(image) : png(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    /** Turns the pixels as EXIF orientation 3 (180°), 6 (90° clockwise) or 8 (90° anticlockwise) says. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn;
        switch (orientation) {
            case 3 -> turn = new AffineTransform(-1, 0, 0, -1, w, h);
            case 6 -> turn = new AffineTransform(0, 1, -1, 0, h, 0);
            case 8 -> turn = new AffineTransform(0, -1, 1, 0, 0, w);
            default -> {
                return image;
            }
        }
        boolean sideways = orientation != 3;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, image.getType());
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }

    /** Reads only the orientation tag (0x0112) of IFD0 in a JPEG's EXIF segment; 1 when absent or unreadable. */
    static final class ExifOrientation {

        private ExifOrientation() {}

        static int of(byte[] jpeg) {
            try {
                int at = 2;
                while (at + 4 < jpeg.length && (jpeg[at] & 0xff) == 0xff) {
                    int marker = jpeg[at + 1] & 0xff;
                    int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
                    if (marker == 0xE1 && length > 14 && new String(jpeg, at + 4, 4, "US-ASCII").equals("Exif")) {
                        return fromTiff(
                                ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
                    }
                    if (marker == 0xDA) {
                        break; // image data begins: no EXIF before it
                    }
                    at += 2 + length;
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable EXIF segment changes nothing: the image is kept as drawn.
            }
            return 1;
        }

        private static int fromTiff(ByteBuffer tiff) {
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xffff;
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + i * 12;
                if ((tiff.getShort(entry) & 0xffff) == 0x0112) {
                    return tiff.getShort(entry + 8) & 0xffff;
                }
            }
            return 1;
        }
    }
}
