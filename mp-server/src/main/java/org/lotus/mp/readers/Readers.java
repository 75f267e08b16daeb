package org.lotus.mp.readers;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Turns an openid into a pseudonym and remembers when the reader last wrote (replies are allowed for 48 hours). */
@Service
public class Readers {

    private final ReaderMapper mapper;
    private final ReaderKeys keys;

    Readers(ReaderMapper mapper, ReaderKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    public String pseudonymOf(String openid) {
        return keys.pseudonym(openid);
    }

    /** Records that the reader wrote at {@code at}, creating the reader on first contact; returns the pseudonym. */
    public String remember(String openid, LocalDateTime at) {
        String pseudonym = keys.pseudonym(openid);
        int updated = mapper.update(
                null, new UpdateWrapper<Reader>().eq("pseudonym", pseudonym).set("last_message_at", at));
        if (updated == 0) {
            Reader reader = new Reader();
            reader.setPseudonym(pseudonym);
            reader.setOpenidSealed(keys.sealText(openid));
            reader.setFirstSeenAt(at);
            reader.setLastMessageAt(at);
            try {
                mapper.insert(reader);
            } catch (DuplicateKeyException e) {
                // Another instance created the same reader a moment ago: the row is there, which is all we need.
            }
        }
        return pseudonym;
    }

    /** Records a follow or unfollow: an unfollowed reader is erased after the retention for unsubscribed readers. */
    public void followChanged(String openid, boolean following, LocalDateTime at) {
        mapper.update(
                null,
                new UpdateWrapper<Reader>()
                        .eq("pseudonym", keys.pseudonym(openid))
                        .set("unsubscribed_at", following ? null : at));
    }

    /** Pseudonyms of readers who unfollowed before {@code cutoff}. */
    public java.util.List<String> unsubscribedBefore(LocalDateTime cutoff) {
        return mapper
                .selectList(
                        new QueryWrapper<Reader>().isNotNull("unsubscribed_at").lt("unsubscribed_at", cutoff))
                .stream()
                .map(Reader::getPseudonym)
                .toList();
    }

    /** When the reader last wrote (UTC): customer-service replies are allowed for 48 hours after it. */
    public Optional<LocalDateTime> lastMessageAt(String pseudonym) {
        return Optional.ofNullable(mapper.selectOne(new QueryWrapper<Reader>().eq("pseudonym", pseudonym)))
                .map(Reader::getLastMessageAt);
    }

    /** Forgets the reader: pseudonym and sealed id. True when there was one. */
    public boolean forget(String pseudonym) {
        return mapper.delete(new QueryWrapper<Reader>().eq("pseudonym", pseudonym)) > 0;
    }

    /** The openid of a reader, for a customer-service reply; empty when the reader is unknown. */
    public Optional<String> openidOf(String pseudonym) {
        Reader reader = mapper.selectOne(new QueryWrapper<Reader>().eq("pseudonym", pseudonym));
        if (reader == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(keys.openText(reader.getOpenidSealed()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a reader's sealed id cannot be opened with the current key", e);
        }
    }

    /** The nickname staff gave the reader, if any. */
    public Optional<String> nicknameOf(String pseudonym) {
        return Optional.ofNullable(mapper.selectOne(new QueryWrapper<Reader>().eq("pseudonym", pseudonym)))
                .map(Reader::getNickname);
    }

    /** Gives the reader a nickname (blank clears it); false when the reader is unknown. */
    public boolean rename(String pseudonym, String nickname) {
        return mapper.update(
                        null,
                        new UpdateWrapper<Reader>()
                                .eq("pseudonym", pseudonym)
                                .set("nickname", nickname == null || nickname.isBlank() ? null : nickname.strip()))
                > 0;
    }
}
