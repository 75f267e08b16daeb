package org.lotus.mp.cms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lotus.content.section.MenuGroup;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.menu.MenuPublisher;
import org.lotus.mp.replies.BlockedTermsException;
import org.lotus.mp.replies.LexiconCheck;
import org.lotus.mp.replies.SectionTexts;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sections and menu groups: names (within WeChat's byte limits), order, group, reply text. Editors. */
@Controller
class SectionPagesController {

    static final int TOP_NAME_BYTES = 16;
    static final int SUB_NAME_BYTES = 60;

    /** The section form. */
    public static class SectionForm {
        @NotBlank
        @Size(max = 60)
        private String nameZh;

        @NotBlank
        @Size(max = 64)
        private String nameFr;

        @NotBlank
        private String groupKey;

        @NotNull
        @Min(1)
        @Max(99)
        private Integer position;

        @NotNull
        private Section.ReplyKind replyKind;

        @NotBlank
        @Size(max = 2000)
        private String replyText;

        private boolean enabled;

        private Long audioId;

        static SectionForm of(Section section) {
            SectionForm form = new SectionForm();
            form.nameZh = section.getNameZh();
            form.nameFr = section.getNameFr();
            form.groupKey = section.getGroupKey();
            form.position = section.getPosition();
            form.replyKind = section.getReplyKind();
            form.replyText = section.getReplyText();
            form.enabled = Boolean.TRUE.equals(section.getEnabled());
            form.audioId = section.getAudioId();
            return form;
        }

        public Long getAudioId() {
            return audioId;
        }

        public void setAudioId(Long audioId) {
            this.audioId = audioId;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameFr() {
            return nameFr;
        }

        public void setNameFr(String nameFr) {
            this.nameFr = nameFr;
        }

        public String getGroupKey() {
            return groupKey;
        }

        public void setGroupKey(String groupKey) {
            this.groupKey = groupKey;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public Section.ReplyKind getReplyKind() {
            return replyKind;
        }

        public void setReplyKind(Section.ReplyKind replyKind) {
            this.replyKind = replyKind;
        }

        public String getReplyText() {
            return replyText;
        }

        public void setReplyText(String replyText) {
            this.replyText = replyText;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    private final Sections sections;
    private final MenuPublisher menu;
    private final AuditLog audit;
    private final StaffMessages wording;
    private final SectionTexts sectionTexts;
    private final LexiconCheck lexicon;
    private final AudioLibrary audioLibrary;

    SectionPagesController(
            Sections sections,
            MenuPublisher menu,
            AuditLog audit,
            StaffMessages wording,
            SectionTexts sectionTexts,
            LexiconCheck lexicon,
            AudioLibrary audioLibrary) {
        this.sections = sections;
        this.sectionTexts = sectionTexts;
        this.lexicon = lexicon;
        this.menu = menu;
        this.audit = audit;
        this.wording = wording;
        this.audioLibrary = audioLibrary;
    }

    /**
     * Sends the menu built from the sections to WeChat; says plainly why when it cannot, in the staff member's
     * language, next to the section or button at fault.
     */
    @PostMapping("/cms/menu/publish")
    String publishMenu(RedirectAttributes redirect) {
        try {
            int buttons = menu.publish();
            audit.record("menu.publish", "menu", null, buttons + " buttons");
            redirect.addFlashAttribute("notice", "menu.published");
        } catch (InvalidFieldException e) {
            String reason =
                    e.code() == null ? wording.text("error.invalid") : wording.text("error." + e.code(), e.args());
            redirect.addFlashAttribute(
                    "problem",
                    wording.text("menu.problem") + " "
                            + wording.fieldError(e.field(), e.code() == null ? "invalid" : e.code(), e.args()));
            redirect.addFlashAttribute("menuErrors", Map.of(target(e.field()), reason));
        } catch (MenuPublisher.WechatUnavailableException e) {
            redirect.addFlashAttribute("problem", wording.text("menu.noWechat"));
        } catch (MenuPublisher.WechatRefusedException e) {
            redirect.addFlashAttribute(
                    "problem",
                    wording.text("menu.problem") + " "
                            + (e.isUnreachable()
                                    ? wording.text("menu.unreachable")
                                    : wording.wechatError(e.errcode())));
        }
        return "redirect:/cms/sections";
    }

    @GetMapping("/cms/sections")
    String list(Model model) {
        model.addAttribute("groups", sections.groups());
        model.addAttribute("sections", sections.all());
        return "cms/sections";
    }

    /** {@code sections[news].nameZh} → {@code section:news}; {@code groups[info]} → {@code group:info}. */
    static String target(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return "menu";
        }
        String kind = field.startsWith("groups") ? "group:" : "section:";
        return kind + field.substring(open + 1, close);
    }

    @GetMapping("/cms/sections/{key}")
    String editForm(@PathVariable String key, Model model) {
        Section section = find(key);
        model.addAttribute("section", section);
        model.addAttribute("form", SectionForm.of(section));
        model.addAttribute("groups", sections.groups());
        model.addAttribute("clips", audioLibrary.list());
        model.addAttribute("served", TextMarks.of(section.getReplyText(), lexicon));
        return "cms/section";
    }

    @PostMapping("/cms/sections/{key}")
    String processEditForm(
            @PathVariable String key,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Section section = find(key);
        if (form.getNameZh() != null && bytes(form.getNameZh()) > SUB_NAME_BYTES) {
            errors.rejectValue("nameZh", "section.name.tooLong");
        }
        if (sections.groups().stream().noneMatch(g -> g.getGroupKey().equals(form.getGroupKey()))) {
            errors.rejectValue("groupKey", "section.group.unknown");
        }
        if (form.getReplyKind() == Section.ReplyKind.AUDIO
                && (form.getAudioId() == null
                        || audioLibrary.find(form.getAudioId()).isEmpty())) {
            errors.rejectValue("audioId", "sections.audio.missing");
        }
        if (errors.hasErrors()) {
            model.addAttribute("section", section);
            model.addAttribute("groups", sections.groups());
            model.addAttribute("clips", audioLibrary.list());
            model.addAttribute("served", TextMarks.of(form.getReplyText(), lexicon));
            return "cms/section";
        }
        section.setNameZh(form.getNameZh().strip());
        section.setNameFr(form.getNameFr().strip());
        section.setGroupKey(form.getGroupKey());
        section.setPosition(form.getPosition());
        section.setReplyKind(form.getReplyKind());
        section.setReplyText(form.getReplyText().strip());
        section.setEnabled(form.isEnabled());
        section.setAudioId(form.getReplyKind() == Section.ReplyKind.AUDIO ? form.getAudioId() : null);
        try {
            sectionTexts.save(section);
        } catch (InvalidFieldException e) {
            String field = "name".equals(e.field()) ? "nameZh" : "replyText";
            if (e instanceof BlockedTermsException blocked) {
                String terms = String.join(
                        "、", blocked.findings().stream().map(f -> f.term()).toList());
                errors.rejectValue(field, "sections.problem.blocked", new Object[] {terms}, terms);
            } else {
                errors.rejectValue(field, "sections.problem.tooLong", e.getMessage());
            }
            model.addAttribute("section", section);
            model.addAttribute("groups", sections.groups());
            model.addAttribute("clips", audioLibrary.list());
            model.addAttribute("served", TextMarks.of(form.getReplyText(), lexicon));
            return "cms/section";
        }
        redirect.addFlashAttribute("notice", "section.saved");
        return "redirect:/cms/sections";
    }

    @PostMapping("/cms/sections/groups/{groupKey}")
    String renameGroup(
            @PathVariable String groupKey,
            @ModelAttribute("nameZh") String nameZh,
            @ModelAttribute("nameFr") String nameFr,
            Model model,
            RedirectAttributes redirect) {
        MenuGroup group = sections.groups().stream()
                .filter(g -> g.getGroupKey().equals(groupKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("menu group", groupKey));
        String error = nameZh.isBlank() || nameFr.isBlank()
                ? wording.fieldError(nameZh.isBlank() ? "groups.nameZh" : "groups.nameFr", "required")
                : bytes(nameZh.strip()) > TOP_NAME_BYTES
                        ? wording.fieldError("groups.nameZh", "menuNameBytes", bytes(nameZh.strip()), TOP_NAME_BYTES)
                        : null;
        if (error != null) {
            // Shown again with what was typed and the reason beside the field: nothing is lost.
            model.addAttribute("groupErrors", Map.of(groupKey, error));
            model.addAttribute("typedGroup", Map.of("key", groupKey, "nameZh", nameZh, "nameFr", nameFr));
            return list(model);
        }
        group.setNameZh(nameZh.strip());
        group.setNameFr(nameFr.strip());
        sections.update(group);
        audit.record("menu-group.update", "menu-group", groupKey, null);
        redirect.addFlashAttribute("notice", "section.saved");
        return "redirect:/cms/sections";
    }

    private Section find(String key) {
        return sections.find(key).orElseThrow(() -> new NotFoundException("section", key));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
