package org.tianshan.grants.platform.entity;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Account account() {
        return new Account("zhangwei", "张伟", "hash", EnumSet.of(Role.APPLICANT), null, null, null, Set.of(), NOW);
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        Account account = account();
        for (int i = 1; i <= 4; i++) {
            assertFalse(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15)));
            assertFalse(account.isLocked(NOW));
        }
        assertTrue(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15)));
        assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessResetsTheCount() {
        Account account = account();
        for (int i = 1; i <= 4; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        account.recordSuccessfulLogin();
        assertFalse(account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15)));
        assertFalse(account.isLocked(NOW));
    }
}
