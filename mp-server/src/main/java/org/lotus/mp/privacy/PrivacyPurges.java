package org.lotus.mp.privacy;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.lotus.mp.metrics.LotusMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The record of purges and erasures that the dashboard shows. */
@Service
public class PrivacyPurges {

    private static final Logger log = LoggerFactory.getLogger(PrivacyPurges.class);

    private final PrivacyPurgeMapper mapper;

    PrivacyPurges(PrivacyPurgeMapper mapper) {
        this.mapper = mapper;
    }

    void record(String reason, int messages, int files, int readers) {
        if (messages == 0 && files == 0 && readers == 0 && !"erasure".equals(reason)) {
            return;
        }
        PrivacyPurge purge = new PrivacyPurge();
        purge.setOccurredAt(LocalDateTime.now(ZoneOffset.UTC));
        purge.setReason(reason);
        purge.setMessages(messages);
        purge.setFiles(files);
        purge.setReaders(readers);
        mapper.insert(purge);
        LotusMeters.purged(reason, messages, files, readers);
        log.info("Privacy purge ({}): {} messages, {} files, {} readers removed", reason, messages, files, readers);
    }

    public List<PrivacyPurge> latest(int size) {
        return mapper.selectPage(
                        new Page<>(1, size, false),
                        new QueryWrapper<PrivacyPurge>()
                                .orderByDesc("occurred_at")
                                .orderByDesc("id"))
                .getRecords();
    }
}
