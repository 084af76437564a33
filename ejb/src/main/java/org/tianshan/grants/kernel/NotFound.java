package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 404: unknown, or outside the caller's circle (a forbidden instance reads as not found). */
@ApplicationException(rollback = true)
public class NotFound extends BusinessException {

    public NotFound(String what, Object id) {
        super("NOT_FOUND", what + " " + id + " not found", List.of());
    }

    @Override
    public int status() {
        return 404;
    }
}
