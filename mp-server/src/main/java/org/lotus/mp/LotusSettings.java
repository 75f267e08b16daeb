package org.lotus.mp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every feature: where the instance keeps its files ({@code DATA_DIR}), and the public address
 * readers' phones use to open our own pages ({@code LOTUS_PUBLIC_BASE_URL}).
 */
@ConfigurationProperties("lotus")
public record LotusSettings(Path dataDir, String publicBaseUrl) {

    public LotusSettings {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            publicBaseUrl = "http://localhost:8080";
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }
}
