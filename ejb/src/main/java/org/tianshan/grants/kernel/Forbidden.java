package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 403: the caller holds the role but a duty rule forbids this act (e.g. approving one's own proposal). */
@ApplicationException(rollback = true)
public class Forbidden extends BusinessException {

    public Forbidden(String code, String message) {
        super(code, message, List.of());
    }

    @Override
    public int status() {
        return 403;
    }
}
