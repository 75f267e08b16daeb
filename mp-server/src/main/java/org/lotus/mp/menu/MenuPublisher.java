package org.lotus.mp.menu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.lotus.content.section.MenuGroup;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.wechat.WechatSettings;
import org.springframework.stereotype.Service;

/**
 * Builds the menu from the enabled sections in group order (a group with one section becomes a top-level button)
 * and sends it. Sections whose reply kind is PAGE become {@code view} buttons to their page on our site. WeChat's limits are checked first, so a broken menu is a 400 naming the section or group.
 */
@Service
public class MenuPublisher {

    static final int MAX_TOP = 3;
    static final int MAX_SUB = 5;
    static final int TOP_NAME_BYTES = 16;
    static final int SUB_NAME_BYTES = 60;

    private final Sections sections;
    private final WxMpService wechat;
    private final WechatSettings settings;
    private final AuditLog audit;
    private final String publicBaseUrl;

    MenuPublisher(Sections sections, WxMpService wechat, WechatSettings settings, AuditLog audit, LotusSettings lotus) {
        this.sections = sections;
        this.wechat = wechat;
        this.settings = settings;
        this.audit = audit;
        this.publicBaseUrl = lotus.publicBaseUrl();
    }

    /** The menu that would be sent; throws {@link InvalidFieldException} when WeChat would refuse it. */
    public WxMenu build() {
        Map<String, List<Section>> byGroup = new LinkedHashMap<>();
        sections.groups().forEach(g -> byGroup.put(g.getGroupKey(), new ArrayList<>()));
        for (Section section : sections.all()) {
            if (Boolean.TRUE.equals(section.getEnabled()) && byGroup.containsKey(section.getGroupKey())) {
                byGroup.get(section.getGroupKey()).add(section);
            }
        }
        WxMenu menu = new WxMenu();
        for (MenuGroup group : sections.groups()) {
            List<Section> members = byGroup.get(group.getGroupKey());
            if (members.isEmpty()) {
                continue;
            }
            if (menu.getButtons().size() == MAX_TOP) {
                throw new InvalidFieldException(
                        "groups[" + group.getGroupKey() + "]",
                        "group " + group.getGroupKey() + " would be a 4th top button; WeChat allows " + MAX_TOP,
                        "menuTooManyButtons",
                        MAX_TOP);
            }
            if (members.size() == 1) {
                Section only = members.get(0);
                menu.getButtons().add(button(only, TOP_NAME_BYTES));
                continue;
            }
            if (members.size() > MAX_SUB) {
                throw new InvalidFieldException(
                        "groups[" + group.getGroupKey() + "]",
                        "group " + group.getGroupKey() + " has " + members.size() + " sections; WeChat allows "
                                + MAX_SUB,
                        "menuTooManySections",
                        members.size(),
                        MAX_SUB);
            }
            WxMenuButton top = new WxMenuButton();
            top.setName(checkedName(group.getNameZh(), TOP_NAME_BYTES, "groups[" + group.getGroupKey() + "]"));
            members.forEach(s -> top.getSubButtons().add(button(s, SUB_NAME_BYTES)));
            menu.getButtons().add(top);
        }
        if (menu.getButtons().isEmpty()) {
            throw new InvalidFieldException("sections", "no enabled section in any menu group", "menuEmpty");
        }
        return menu;
    }

    /** Sends the menu to WeChat and records who did it. */
    public int publish() {
        WxMenu menu = build();
        if (!settings.canCallApi()) {
            throw new WechatUnavailableException();
        }
        try {
            wechat.getMenuService().menuCreate(menu);
        } catch (WxErrorException e) {
            if (e.getCause() instanceof java.io.IOException) {
                throw WechatRefusedException.unreachable();
            }
            throw new WechatRefusedException(
                    e.getError().getErrorCode(), e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            // WxJava's wrapping of a network failure: WeChat did not answer at all.
            throw WechatRefusedException.unreachable();
        }
        audit.record("menu.published", "menu", null, menu.getButtons().size() + " top buttons");
        return menu.getButtons().size();
    }

    /** A PAGE section opens its page on our site ({@code view}); the others send a tap we answer ({@code click}). */
    private WxMenuButton button(Section section, int nameLimit) {
        WxMenuButton button = new WxMenuButton();
        if (section.getReplyKind() == Section.ReplyKind.PAGE) {
            button.setType("view");
            button.setUrl(publicBaseUrl + "/m/sections/" + section.getSectionKey());
        } else {
            button.setType("click");
            button.setKey(section.getSectionKey());
        }
        button.setName(checkedName(section.getNameZh(), nameLimit, "sections[" + section.getSectionKey() + "]"));
        return button;
    }

    private static String checkedName(String name, int limit, String field) {
        int bytes = name == null ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > limit) {
            throw new InvalidFieldException(
                    field + ".nameZh",
                    field + ": the name is " + bytes + " bytes; WeChat allows 1 to " + limit,
                    "menuNameBytes",
                    bytes,
                    limit);
        }
        return name;
    }

    /** WeChat cannot be called: no AppID or AppSecret configured. */
    public static class WechatUnavailableException extends RuntimeException {
        WechatUnavailableException() {
            super("WeChat credentials are not configured (WX_APPID, WX_SECRET)");
        }
    }

    /** WeChat answered with an error code. */
    public static class WechatRefusedException extends RuntimeException {
        private static final String UNREACHABLE = "WeChat unreachable";
        private final int errcode;
        private final String errmsg;

        WechatRefusedException(int errcode, String errmsg) {
            super("WeChat refused the menu (errcode " + errcode + ")");
            this.errcode = errcode;
            this.errmsg = errmsg;
        }

        /** WeChat did not answer at all (network, timeout): errcode -1, like WeChat's own "busy". */
        static WechatRefusedException unreachable() {
            return new WechatRefusedException(-1, UNREACHABLE);
        }

        public boolean isUnreachable() {
            return UNREACHABLE.equals(errmsg);
        }

        public int errcode() {
            return errcode;
        }

        public String errmsg() {
            return errmsg;
        }
    }
}
