package org.lotus.mp.channels;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Creates channels and their WeChat QR codes; finds a channel by the scene a follow or scan carries. A channel whose
 * code WeChat did not give yet keeps the reason, and the next request for its image asks again.
 */
@Service
public class Channels {

    static final int NAME_MAX = 120;
    static final int NOTE_MAX = 500;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<Channel> ROW = (rs, n) -> new Channel(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("note"),
            rs.getString("scene_str"),
            rs.getString("qr_url"),
            rs.getString("qr_problem"),
            rs.getTimestamp("created_at").toLocalDateTime());

    private final JdbcTemplate jdbc;
    private final WechatQrCodes qrCodes;
    private final Map<String, Long> idsByScene = new ConcurrentHashMap<>();

    Channels(JdbcTemplate jdbc, WechatQrCodes qrCodes) {
        this.jdbc = jdbc;
        this.qrCodes = qrCodes;
    }

    /** Stores the channel, then asks WeChat for its code; a refusal leaves the channel with the reason. */
    public Channel create(String name, String note) {
        String cleanName = checkedName(name);
        String cleanNote = checkedNote(note);
        String scene = "lotus-" + randomToken(10);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO channel (name, note, scene_str, created_at) VALUES (?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, cleanName);
                    statement.setString(2, cleanNote);
                    statement.setString(3, scene);
                    statement.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        try {
            return withQrCode(get(id));
        } catch (QrCodeUnavailableException e) {
            return get(id);
        }
    }

    public Channel update(long id, String name, String note) {
        Channel channel = get(id);
        String newName = name == null ? channel.name() : checkedName(name);
        String newNote = note == null ? channel.note() : checkedNote(note);
        jdbc.update("UPDATE channel SET name = ?, note = ? WHERE id = ?", newName, newNote, id);
        return get(id);
    }

    public List<Channel> list() {
        return jdbc.query("SELECT * FROM channel ORDER BY id", ROW);
    }

    public Optional<Channel> find(long id) {
        return jdbc.query("SELECT * FROM channel WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    public Channel get(long id) {
        return find(id).orElseThrow(() -> new org.lotus.mp.web.NotFoundException("channel", id));
    }

    /** The channel's code URL, asking WeChat now when it has none yet. */
    public Channel withQrCode(Channel channel) {
        if (channel.qrUrl() != null) {
            return channel;
        }
        try {
            WechatQrCodes.Ticket ticket = qrCodes.permanent(channel.sceneStr());
            jdbc.update(
                    "UPDATE channel SET qr_url = ?, qr_ticket = ?, qr_problem = NULL WHERE id = ?",
                    ticket.url(),
                    ticket.ticket(),
                    channel.id());
            return get(channel.id());
        } catch (QrCodeUnavailableException e) {
            jdbc.update("UPDATE channel SET qr_problem = ? WHERE id = ?", truncate(e.getMessage()), channel.id());
            throw e;
        }
    }

    /** The channel's QR code as a PNG about {@code size} pixels wide, asking WeChat for the code if needed. */
    public byte[] png(long id, Integer size) {
        return QrImages.png(withQrCode(get(id)).qrUrl(), size);
    }

    /** The channel a QR scene belongs to; empty for a scene that is not ours (an old code, another tool). */
    public Optional<Long> idOfScene(String sceneStr) {
        if (sceneStr == null || sceneStr.isEmpty() || sceneStr.length() > 64) {
            return Optional.empty();
        }
        Long known = idsByScene.get(sceneStr);
        if (known != null) {
            return Optional.of(known);
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM channel WHERE scene_str = ?", Long.class, sceneStr);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        idsByScene.put(sceneStr, ids.get(0));
        return Optional.of(ids.get(0));
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "a channel needs a name", "required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new InvalidFieldException("name", "at most " + NAME_MAX + " characters", "tooLong", NAME_MAX);
        }
        return name.strip();
    }

    private static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new InvalidFieldException("note", "at most " + NOTE_MAX + " characters", "tooLong", NOTE_MAX);
        }
        return note.strip();
    }

    private static String randomToken(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    private static String truncate(String text) {
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
