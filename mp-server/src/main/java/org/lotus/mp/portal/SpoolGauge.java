package org.lotus.mp.portal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** {@code lotus_spool_depth}: pushes of this instance waiting on disk for the database. */
@Component
class SpoolGauge implements MeterBinder {

    private final Spool spool;

    SpoolGauge(Spool spool) {
        this.spool = spool;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lotus.spool.depth", () -> {
                    try {
                        return spool.pending();
                    } catch (IOException e) {
                        return Double.NaN;
                    }
                })
                .description("Pushes spooled to disk, waiting for the database")
                .register(registry);
    }
}
