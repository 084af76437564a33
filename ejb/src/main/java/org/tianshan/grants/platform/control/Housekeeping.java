package org.tianshan.grants.platform.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.tianshan.grants.platform.boundary.Authentication;

import java.util.logging.Logger;

/**
 * Nightly housekeeping: expired API tokens are deleted (they no longer sign anyone in; this keeps the
 * table small). Not persistent: a missed night changes nothing, and every node may run it.
 */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    Authentication authentication;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "purge expired API tokens")
    void purgeExpiredTokens() {
        int purged = authentication.purgeExpiredTokens();
        LOG.info(() -> "Housekeeping: " + purged + " expired API tokens purged");
    }
}
