package org.lotus.mp.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.check("mediatrice", "trois petits chats gris")).isEmpty();
    }

    @Test
    void refusesWhatIsTooShortCommonOrTheUsername() {
        assertThat(policy.check("a", "elevenchars")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("a", "x".repeat(129))).contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.check("a", "Password1234")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("a", "MotDePasse123")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("mediatrice-paris", "Mediatrice-Paris")).contains(PasswordPolicy.Problem.USERNAME);
        assertThat(policy.check("mediatrice-paris", "mediatrice-paris1")).contains(PasswordPolicy.Problem.USERNAME);
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.check("a", "我们一起去检测吧好不好呀")).isEmpty(); // 12 Chinese characters
    }
}
