package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 422: a business rule refused; each violated rule is one {@link Violation} with the rule code as field. */
@ApplicationException(rollback = true)
public class RuleViolation extends BusinessException {

    public RuleViolation(List<Violation> violations) {
        super("RULE_VIOLATION", "Refused by " + violations.size() + " rule(s)", violations);
    }

    public RuleViolation(String rule, String message) {
        this(List.of(new Violation(rule, message)));
    }

    @Override
    public int status() {
        return 422;
    }
}
