package org.lotus.mp.coordination;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many entries this instance's memory store may hold before it evicts (docs/adr/0013). */
@ConfigurationProperties("lotus.coordination")
public record CoordinationSettings(long memoryEntries) {

    public CoordinationSettings {
        if (memoryEntries <= 0) {
            memoryEntries = InMemoryKeyValueStore.DEFAULT_MAXIMUM_SIZE;
        }
    }
}
