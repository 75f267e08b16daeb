package org.lotus.mp.channels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.lotus.mp.web.InvalidFieldException;

/**
 * Draws a QR code locally with ZXing, from the URL WeChat gave: a PNG of the asked size (whole pixels per module) or
 * an SVG that prints sharp at any size. Error correction M, four modules of quiet zone as the standard asks.
 */
public final class QrImages {

    public static final int DEFAULT_SIZE = 512;
    static final int MIN_SIZE = 64;
    static final int MAX_SIZE = 2048;

    private QrImages() {}

    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code", e);
        }
    }

    /** A PNG about {@code size} pixels wide (rounded down to whole pixels per module, never under one). */
    public static byte[] png(String text, Integer size) {
        int wanted = size == null ? DEFAULT_SIZE : size;
        if (wanted < MIN_SIZE || wanted > MAX_SIZE) {
            throw new InvalidFieldException(
                    "size", "between " + MIN_SIZE + " and " + MAX_SIZE + " pixels", "pixels", MIN_SIZE, MAX_SIZE);
        }
        BitMatrix matrix = matrix(text);
        int modules = matrix.getWidth();
        int scale = Math.max(1, wanted / modules);
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The dark modules as one SVG path, in a viewBox of one unit per module. */
    public static String svgPath(BitMatrix matrix) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return path.toString();
    }

    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        int n = matrix.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + svgPath(matrix) + "\"/></svg>";
    }
}
