package org.lotus.mp.readers;

import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Rotating the reader keys on MariaDB/MySQL keeps third parties' numbers matching. */
class ProdKeyRotationTest extends ProdTest {

    @Autowired
    ApplicationContext context;

    @Test
    void rehashesReportAndOutreachNumbersSoAChecksStillMatches() throws Exception {
        ThirdPartyNumbersRotation.movesNumbersSoTheyStillMatch(context);
    }
}
