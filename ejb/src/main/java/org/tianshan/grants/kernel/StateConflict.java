package org.tianshan.grants.kernel;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** 409: wrong state for this act, a stale version, or a duplicate. */
@ApplicationException(rollback = true)
public class StateConflict extends BusinessException {

    public StateConflict(String code, String message) {
        super(code, message, List.of());
    }

    public static StateConflict duplicate(String what, Object key) {
        return new StateConflict("DUPLICATE", what + " " + key + " already exists");
    }

    public static StateConflict staleVersion(String what, Object id) {
        return new StateConflict("STALE_VERSION", what + " " + id + " was changed by someone else; reload and try again");
    }

    @Override
    public int status() {
        return 409;
    }
}
