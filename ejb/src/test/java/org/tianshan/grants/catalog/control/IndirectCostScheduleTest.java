package org.tianshan.grants.catalog.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.catalog.entity.IndirectCostBracket;
import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndirectCostScheduleTest {

    /** The national 2021 reform's default: 30 % up to 5 M, 25 % from 5 to 10 M, 20 % above. */
    static final IndirectCostSchedule NATIONAL = new IndirectCostSchedule(List.of(
            new IndirectCostBracket(1, Money.parse("5000000"), new BigDecimal("0.30")),
            new IndirectCostBracket(2, Money.parse("10000000"), new BigDecimal("0.25")),
            new IndirectCostBracket(3, null, new BigDecimal("0.20"))));

    @Test
    void twelveMillionGivesThreePointOneFiveMillion() {
        assertEquals(Money.parse("3150000.00"), NATIONAL.cap(Money.parse("12000000")));
    }

    @Test
    void eachBracketAppliesOnlyToItsPart() {
        assertEquals(Money.parse("0.00"), NATIONAL.cap(Money.ZERO));
        assertEquals(Money.parse("300000.00"), NATIONAL.cap(Money.parse("1000000")));
        assertEquals(Money.parse("1500000.00"), NATIONAL.cap(Money.parse("5000000")));
        assertEquals(Money.parse("1500000.25"), NATIONAL.cap(Money.parse("5000001")));
        assertEquals(Money.parse("2750000.00"), NATIONAL.cap(Money.parse("10000000")));
    }

    @Test
    void anEmptyScheduleAllowsNoIndirectCost() {
        assertEquals(Money.ZERO, new IndirectCostSchedule(List.of()).cap(Money.parse("800000")));
    }

    @Test
    void refusesBoundsThatDoNotRiseOrAMissingUnboundedLastBracket() {
        assertTrue(NATIONAL.problem().isEmpty());
        assertTrue(new IndirectCostSchedule(List.of(
                new IndirectCostBracket(1, Money.parse("5000000"), new BigDecimal("0.30")),
                new IndirectCostBracket(2, Money.parse("4000000"), new BigDecimal("0.25")),
                new IndirectCostBracket(3, null, new BigDecimal("0.20")))).problem().orElseThrow().contains("rise"));
        assertTrue(new IndirectCostSchedule(List.of(
                new IndirectCostBracket(1, Money.parse("5000000"), new BigDecimal("0.30")))).problem().orElseThrow().contains("unbounded"));
        assertTrue(new IndirectCostSchedule(List.of(
                new IndirectCostBracket(1, null, new BigDecimal("0.70")))).problem().orElseThrow().contains("rate"));
    }
}
