package org.lotus.mp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The catalogue speaks French and Chinese: field labels, WeChat's error codes, stored reasons, plurals. */
class StaffMessagesTest {

    private final StaffMessages messages = new StaffMessages(catalogue());

    static ResourceBundleMessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesAFieldByItsLabelNeverItsCode() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(messages.fieldError("validUntil", "required"))
                .isEqualTo("« Visible jusqu'au » : obligatoire : remplissez ce champ.");
        assertThat(messages.fieldError("sections[news].nameZh", "menuNameBytes", 18, 16))
                .startsWith("« Nom de la rubrique (chinois) » : le nom fait 18 octets");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.fieldError("title", "tooLong", 64)).isEqualTo("「标题」：最多 64 个字，请缩短。");
    }

    @Test
    void explainsWechatErrorCodesAndWhatToDo() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.wechatError(45015)).contains("48 小时");
        assertThat(messages.wechatError(48001)).contains("认证");
        assertThat(messages.wechatError(-1)).contains("繁忙");
        assertThat(messages.wechatError(40001)).contains("WX_SECRET");
        assertThat(messages.wechatError(99999)).contains("99999");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(messages.wechatError(45009)).contains("demain");
        assertThat(messages.wechatUnreachable()).contains("file d'attente");
    }

    @Test
    void translatesReasonsStoredInEnglish() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(messages.statusReason("WeChat kept failing, gave up: article 5: draft/add: WeChat unreachable"))
                .contains("abandonnée")
                .contains("WeChat ne répond pas")
                .doesNotContain("gave up");
        assertThat(messages.statusReason("WeChat's daily quota is used up (45009); schedule it again later"))
                .contains("45009")
                .contains("demain");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.statusReason("blocked terms need rewording")).contains("屏蔽");
    }

    @Test
    void frenchPluralsAgree() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(messages.text("dashboard.urgentOpenCount", 0)).isEqualTo("aucun message urgent à traiter");
        assertThat(messages.text("dashboard.urgentOpenCount", 1)).isEqualTo("1 message urgent à traiter");
        assertThat(messages.text("dashboard.urgentOpenCount", 3)).isEqualTo("3 messages urgents à traiter");
        assertThat(messages.text("conversations.hoursLeft", 1)).isEqualTo("encore 1 heure pour répondre");
        assertThat(messages.text("conversations.hoursLeft", 0)).isEqualTo("moins d'une heure pour répondre");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.text("conversations.hoursLeft", 46)).isEqualTo("还剩 46 小时");
        assertThat(messages.text("publishing.retrying", 3, 8, "03:36")).isEqualTo("重试中 3/8，下次 03:36");
    }
}
