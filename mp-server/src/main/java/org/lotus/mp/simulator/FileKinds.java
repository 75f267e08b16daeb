package org.lotus.mp.simulator;

import java.nio.charset.StandardCharsets;

/** Recognises a file by its first bytes, as WeChat checks uploads: the name and declared type are not trusted. */
final class FileKinds {

    private FileKinds() {}

    static String of(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return "unknown";
        }
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        String head = new String(bytes, 0, 12, StandardCharsets.ISO_8859_1);
        if (b0 == 0xFF && b1 == 0xD8) {
            return "jpg";
        }
        if (head.startsWith("\u0089PNG")) {
            return "png";
        }
        if (head.startsWith("GIF8")) {
            return "gif";
        }
        if (head.startsWith("BM")) {
            return "bmp";
        }
        if (head.startsWith("#!AMR")) {
            return "amr";
        }
        if (head.startsWith("ID3") || (b0 == 0xFF && (b1 & 0xE0) == 0xE0)) {
            return "mp3";
        }
        if (head.startsWith("RIFF") && head.substring(8, 12).equals("WAVE")) {
            return "wav";
        }
        if (head.startsWith("OggS")) {
            return "speex";
        }
        if (head.substring(4, 8).equals("ftyp")) {
            return "mp4";
        }
        return "unknown";
    }

    static String contentType(String kind) {
        return switch (kind) {
            case "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "bmp" -> "image/bmp";
            case "amr" -> "audio/amr";
            case "mp3" -> "audio/mpeg";
            case "wav" -> "audio/wav";
            case "speex" -> "audio/ogg";
            case "mp4" -> "video/mp4";
            default -> "application/octet-stream";
        };
    }
}
