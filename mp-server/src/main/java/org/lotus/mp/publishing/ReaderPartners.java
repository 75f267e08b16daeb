package org.lotus.mp.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lotus.content.BlockedTermsException;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.Partners;
import org.springframework.stereotype.Component;

/**
 * The published partners as readers get them: rewritten with the current lexicon when served. A partner whose text a
 * later lexicon change blocks is left out until staff reword it, rather than shown with the term.
 */
@Component
public class ReaderPartners {

    private final Partners partners;
    private final TextCheck check;

    ReaderPartners(Partners partners, TextCheck check) {
        this.partners = partners;
        this.check = check;
    }

    public List<Partner> published() {
        return partners.published().stream()
                .map(this::rewritten)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Partner> rewritten(Partner partner) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", partner.getName());
        texts.put("services", partner.getServices());
        texts.put("address", partner.getAddress());
        texts.put("hours", partner.getHours());
        texts.put("contact", partner.getContact());
        texts.put("languages", partner.getLanguages());
        try {
            TextCheck.Checked checked = check.check("zh", texts);
            Partner shown = new Partner();
            shown.setId(partner.getId());
            shown.setStatus(partner.getStatus());
            shown.setName(checked.text("name"));
            shown.setServices(checked.text("services"));
            shown.setAddress(checked.text("address"));
            shown.setHours(checked.text("hours"));
            shown.setContact(checked.text("contact"));
            shown.setLanguages(checked.text("languages"));
            shown.setPublishedAt(partner.getPublishedAt());
            shown.setCorrectedAt(partner.getCorrectedAt());
            return Optional.of(shown);
        } catch (BlockedTermsException e) {
            return Optional.empty();
        }
    }
}
