package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 401: no caller, or the credentials do not sign anyone in. */
@ApplicationException(rollback = false)
public class NotAuthenticated extends BusinessException {

    public NotAuthenticated(String message) {
        super("NOT_AUTHENTICATED", message, List.of());
    }

    @Override
    public int status() {
        return 401;
    }
}
