package org.lotus.mp.mobile;

import java.util.List;
import org.lotus.content.section.Sections;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every reader page needs: the sections to move between, and tappable phone numbers. */
@ControllerAdvice(basePackageClasses = MobileModel.class)
class MobileModel {

    /** A section in the readers' navigation (public so templates can read it). */
    public record NavItem(String key, String name) {}

    private static final PhoneLinks PHONE_LINKS = new PhoneLinks();

    private final Sections sections;

    MobileModel(Sections sections) {
        this.sections = sections;
    }

    @ModelAttribute("readerNav")
    List<NavItem> readerNav() {
        return sections.all().stream()
                .filter(s -> Boolean.TRUE.equals(s.getEnabled()))
                .map(s -> new NavItem(s.getSectionKey(), s.getNameZh()))
                .toList();
    }

    @ModelAttribute("phoneLinks")
    PhoneLinks phoneLinks() {
        return PHONE_LINKS;
    }
}
