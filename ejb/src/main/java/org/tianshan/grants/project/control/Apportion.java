package org.tianshan.grants.project.control;

import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount of money into parts proportional to weights, to the fen, so that the parts sum to
 * exactly the amount (largest remainder: each part is rounded down, then the fen left over go one each to
 * the parts that lost the most, earlier parts first on a tie). Used for a cut budget scaled to the
 * approved amount and for the tranches of a programme's schedule.
 */
public final class Apportion {

    private Apportion() {
    }

    /**
     * @param total   the amount to split (not negative)
     * @param weights one non-negative weight per part, at least one positive
     * @return one amount per weight, in the same order, summing to exactly {@code total}
     */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        if (total.isNegative()) {
            throw new IllegalArgumentException("a negative amount cannot be split: " + total);
        }
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            throw new IllegalArgumentException("weights must be non-negative: " + weights);
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        BigDecimal fen = total.amount().movePointRight(2);          // exact: Money has scale 2
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal[] qr = fen.multiply(w).divideAndRemainder(sum);   // exact integer division of fen × w by Σw
            floors.add(qr[0]);
            remainders.add(qr[1]);
            assigned = assigned.add(qr[0]);
        }
        int left = fen.subtract(assigned).intValueExact();              // < number of parts
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(BigDecimal.ONE));
        }
        return floors.stream().map(f -> Money.of(f.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY))).toList();
    }
}
