package org.lotus.mp.replies;

import java.util.List;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.sensitivewords.Finding;

/** A text for readers still holds terms with no euphemism: a person must rewrite them before it is saved. */
public class BlockedTermsException extends InvalidFieldException {

    private final transient List<Finding> findings;

    public BlockedTermsException(String field, List<Finding> findings) {
        super(field, field + " holds a blocked term; rewrite it: " + terms(findings), "blockedTerms", terms(findings));
        this.findings = List.copyOf(findings);
    }

    private static String terms(List<Finding> findings) {
        return String.join(", ", findings.stream().map(Finding::term).distinct().toList());
    }

    public List<Finding> findings() {
        return findings;
    }
}
