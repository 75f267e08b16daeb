package org.lotus.mp.datadir;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One line saying which file is open to others and the command that closes it. Registered in spring.factories. */
class DataDirectorySharedAnalyzer extends AbstractFailureAnalyzer<DataDirectoryShared> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryShared cause) {
        return new FailureAnalysis(
                "Lotus cannot start: " + cause.getMessage(),
                "Run chmod -R go= on DATA_DIR (it holds reader messages and keys), or set "
                        + "LOTUS_ALLOW_SHARED_DATA_DIR=true if the group is this instance's own.",
                null);
    }
}
