package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The one exception family of the domain. Each subtype names an HTTP status; the web layer maps it
 * to {@code application/problem+json} and to a Faces message. Rolls the transaction back, so a
 * refused request never leaves a half-written record.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String code;
    private final List<Violation> violations;

    protected BusinessException(String code, String message, List<Violation> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** The HTTP status this refusal stands for. */
    public abstract int status();

    /** A stable machine-readable code, also the key of the screen message ({@code error.<code>}). */
    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
