package org.tianshan.grants.kernel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of yuan with exactly two decimals. Never built from a {@code double}; an amount with more
 * than two decimals is refused rather than rounded, so nobody's money changes silently.
 */
public final class Money implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    /** A non-negative amount as the API writes it: {@code "150000.00"}, at most 2 decimals (for {@code @Pattern}). */
    public static final String PATTERN = "\\d{1,13}(\\.\\d{1,2})?";
    public static final String PATTERN_MESSAGE = "yuan as a string with at most 2 decimals, e.g. \"150000.00\"";

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** @throws IllegalArgumentException with more than two decimals */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than 2 decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Parses {@code "150000.00"}; refuses anything that is not a plain decimal with at most two decimals. */
    public static Money parse(String text) {
        if (text == null || !text.strip().matches("-?" + PATTERN)) {
            throw new IllegalArgumentException("not an amount of yuan with at most 2 decimals: " + text);
        }
        return of(new BigDecimal(text.strip()));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies by a rate and rounds half-up to the fen: the only place money is rounded. */
    public Money times(BigDecimal rate) {
        return new Money(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** The API form: {@code "150000.00"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
