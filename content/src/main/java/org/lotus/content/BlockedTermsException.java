package org.lotus.content;

import java.util.List;

/** Text holding terms the lexicon blocks (no euphemism exists): refused, with where each term is. */
public class BlockedTermsException extends InvalidContentException {

    private final transient List<Finding> findings;

    public BlockedTermsException(List<Finding> findings) {
        super(
                findings.get(0).field(),
                "blocked",
                "blocked terms need rewording: "
                        + String.join("、", findings.stream().map(Finding::term).toList()),
                String.join("、", findings.stream().map(Finding::term).distinct().toList()));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
