package org.tianshan.grants.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void keepsTwoDecimalsAndPrintsThem() {
        assertEquals("150000.00", Money.parse("150000").toString());
        assertEquals("0.10", Money.parse("0.1").toString());
        assertEquals(Money.parse("1.50"), Money.of(new BigDecimal("1.5")));
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRounding() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("0.001")));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1e5"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("abc"));
    }

    @Test
    void arithmeticStaysExact() {
        assertEquals(Money.parse("0.30"), Money.parse("0.10").plus(Money.parse("0.20")));
        assertEquals(Money.parse("1500000.25"), Money.parse("5000001").times(new BigDecimal("0.30")).minus(Money.parse("0.05")));
        assertTrue(Money.parse("-1").isNegative());
    }
}
