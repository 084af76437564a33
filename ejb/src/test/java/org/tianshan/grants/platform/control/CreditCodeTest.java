package org.tianshan.grants.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @Test
    void acceptsACodeWithTheRightCheckCharacter() {
        String first17 = "91650000228600519";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertEquals("91650000228600519M", code);
        assertTrue(CreditCode.isValid(code));
    }

    @Test
    void refusesAWrongCheckCharacterLengthOrAlphabet() {
        assertFalse(CreditCode.isValid("91650000228600519N"));
        assertFalse(CreditCode.isValid("9165000022860051"));
        assertFalse(CreditCode.isValid("91650000228600519I"));   // I, O, S, V, Z are not in the alphabet
        assertFalse(CreditCode.isValid(null));
    }
}
