package org.tianshan.grants.kernel;

import java.io.Serializable;

/** One reason a request was refused: a field (or a rule code such as {@code LIMIT_EXCEEDED}) and why. */
public record Violation(String field, String message) implements Serializable {
}
