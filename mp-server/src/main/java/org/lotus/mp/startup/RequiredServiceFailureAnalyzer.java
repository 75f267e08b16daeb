package org.lotus.mp.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing service at start into one line saying which, and what to check. */
class RequiredServiceFailureAnalyzer extends AbstractFailureAnalyzer<RequiredServiceUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RequiredServiceUnavailableException cause) {
        return new FailureAnalysis(
                "Lotus cannot start: " + cause.getMessage(),
                "Start " + cause.service() + " or correct its address in the environment "
                        + "(SPRING_DATASOURCE_URL, SPRING_DATA_REDIS_URL).",
                cause);
    }
}
