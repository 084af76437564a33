package org.tianshan.grants.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void acceptsThreeKindsOfCharacters() {
        assertTrue(PasswordPolicy.check("Tianshan@2026").isEmpty());
        assertTrue(PasswordPolicy.check("tianshan2026!").isEmpty());
    }

    @Test
    void refusesShortOrUniformPasswords() {
        assertTrue(PasswordPolicy.check("Ab1!").isPresent());
        assertTrue(PasswordPolicy.check("tianshan2026").isPresent());
        assertTrue(PasswordPolicy.check("a".repeat(129) + "A1").isPresent());
        assertTrue(PasswordPolicy.check(null).isPresent());
    }
}
