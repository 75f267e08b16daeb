package org.lotus.mp.staff;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

    final StaffAccounts accounts = mock(StaffAccounts.class);

    @Test
    void aGeneratedFirstPasswordMustBeChangedAtFirstSignIn() {
        when(accounts.none()).thenReturn(true);
        new FirstAdministrator(accounts, new FirstAdministrator.Credentials(null, null)).run(null);
        verify(accounts).create(eq("admin"), anyString(), eq(EnumSet.of(Role.ADMIN)), isNull(), eq("fr"), eq(true));
    }

    @Test
    void aPasswordFromTheEnvironmentIsTheOperatorsOwn() {
        when(accounts.none()).thenReturn(true);
        new FirstAdministrator(accounts, new FirstAdministrator.Credentials("coord", "a-long-operator-secret"))
                .run(null);
        verify(accounts).create(eq("coord"), eq("a-long-operator-secret"), any(), isNull(), eq("fr"), eq(false));
    }
}
