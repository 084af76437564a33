package org.tianshan.grants.project.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splitting money by weights: the parts always sum to exactly the amount, to the fen. */
class ApportionTest {

    static Money m(String s) {
        return Money.parse(s);
    }

    static List<BigDecimal> w(String... weights) {
        return java.util.Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    static Money sum(List<Money> parts) {
        return parts.stream().reduce(Money.ZERO, Money::plus);
    }

    @Test
    void anUncutBudgetStaysExactlyAsRequested() {
        assertEquals(List.of(m("100000.00"), m("250000.00"), m("50000.00"), m("60000.00")),
                Apportion.split(m("460000.00"), w("100000.00", "250000.00", "50000.00", "60000.00")));
    }

    @Test
    void aCutBudgetIsScaledProportionallyAndTheLeftoverFenGoToTheLargestRemainders() {
        // 100000 × (400000/460000) = 86956.5217…, 250000 × … = 217391.3043…, 50000 × … = 43478.2608…, 60000 × … = 52173.9130…:
        // rounded down they lack one fen, which goes to the largest remainder (0.43 fen of the second line)
        List<Money> scaled = Apportion.split(m("400000.00"), w("100000.00", "250000.00", "50000.00", "60000.00"));
        assertEquals(List.of(m("86956.52"), m("217391.31"), m("43478.26"), m("52173.91")), scaled);
        assertEquals(m("400000.00"), sum(scaled));
    }

    @Test
    void threeEqualThirdsOfOneYuanLeaveTheExtraFenToTheFirst() {
        assertEquals(List.of(m("0.34"), m("0.33"), m("0.33")), Apportion.split(m("1.00"), w("1", "1", "1")));
    }

    @Test
    void trancheSharesOfAnOddAmountSumExactly() {
        List<Money> tranches = Apportion.split(m("100000.01"), w("0.6", "0.4"));
        assertEquals(List.of(m("60000.01"), m("40000.00")), tranches);
        List<Money> three = Apportion.split(m("333333.33"), w("0.3333", "0.3333", "0.3334"));
        assertEquals(m("333333.33"), sum(three));
    }

    @Test
    void anyAmountAndAnyWeightsSumExactly() {
        Random random = new Random(20261203);
        for (int round = 0; round < 2000; round++) {
            Money total = Money.of(BigDecimal.valueOf(random.nextInt(1_000_000_000), 2));
            int n = 1 + random.nextInt(6);
            List<BigDecimal> weights = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(BigDecimal.valueOf(random.nextInt(10_000_000), 2));
            }
            if (weights.stream().allMatch(x -> x.signum() == 0)) {
                continue;
            }
            List<Money> parts = Apportion.split(total, weights);
            assertEquals(total, sum(parts), () -> total + " by " + weights);
            assertTrue(parts.stream().noneMatch(Money::isNegative));
            for (int i = 0; i < n; i++) {   // each part within one fen of its exact share
                BigDecimal exact = total.amount().multiply(weights.get(i))
                        .divide(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add), 10, java.math.RoundingMode.HALF_UP);
                assertTrue(parts.get(i).amount().subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0, parts + " vs " + exact);
            }
        }
    }

    @Test
    void nothingToSplitByIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Apportion.split(m("1.00"), w("0", "0")));
        assertThrows(IllegalArgumentException.class, () -> Apportion.split(m("1.00"), List.of()));
    }
}
