package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 400: the request itself is malformed (a field missing, too long, of the wrong form). */
@ApplicationException(rollback = true)
public class InvalidInput extends BusinessException {

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInput(List<Violation> violations) {
        super("INVALID_INPUT", "The request is not valid", violations);
    }

    @Override
    public int status() {
        return 400;
    }
}
