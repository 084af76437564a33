package org.tianshan.grants.platform.control;

import java.util.Optional;

/**
 * What a password must be: 8 to 128 characters with at least three of lower case, upper case,
 * digits and other characters (the usual rule of Chinese government systems, 等保 2.0 level 3).
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** Empty when acceptable; otherwise why not. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return Optional.of("must be 8 to 128 characters");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return kinds >= 3 ? Optional.empty()
                : Optional.of("must mix at least three of: lower case, upper case, digits, other characters");
    }
}
