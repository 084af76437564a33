package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 413: an upload larger than the limit; the message names the limit. */
@ApplicationException(rollback = true)
public class TooLarge extends BusinessException {

    public TooLarge(String field, String message) {
        super("TOO_LARGE", "The upload is too large", List.of(new Violation(field, message)));
    }

    @Override
    public int status() {
        return 413;
    }
}
