package org.tianshan.grants.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bureau's time: Beijing time (UTC+8), in which deadlines are published, ages are reckoned and
 * integrity periods start and end. Instants stay UTC; this is only for days and for what people read.
 */
public final class BusinessTime {

    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private BusinessTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
