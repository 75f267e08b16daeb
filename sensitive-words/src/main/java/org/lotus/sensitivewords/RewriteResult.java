package org.lotus.sensitivewords;

import java.util.List;

/** The rewritten text, what was replaced, and the blocked terms that still need a person. */
public record RewriteResult(String text, List<Replacement> replacements, List<Finding> findings) {

    public RewriteResult {
        replacements = List.copyOf(replacements);
        findings = List.copyOf(findings);
    }

    /** True when at least one blocked term was found: such a text must not be published as is. */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
