package org.lotus.mp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings shared by every feature: where the instance keeps its files. */
@ConfigurationProperties("lotus")
public record LotusSettings(Path dataDir) {

    public LotusSettings {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
