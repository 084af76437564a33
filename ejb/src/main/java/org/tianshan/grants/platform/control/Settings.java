package org.tianshan.grants.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;

/**
 * Application settings, read from the JNDI entries that {@code config/asadmin/30-application.asadmin}
 * defines. A missing entry means the default, so the EAR also deploys onto a domain that lacks them.
 */
@ApplicationScoped
public class Settings {

    public static final String DEMO = "tianshan/demo";
    public static final String ADMIN_INITIAL_PASSWORD = "tianshan/adminInitialPassword";
    public static final String PUBLIC_NOTICE_DURATION = "tianshan/publicNoticeDuration";

    /** Demo mode loads demo organizations and accounts at start-up. */
    public boolean demo() {
        return lookup(DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    /** The password of the first ADMIN, set at installation; used only while no ADMIN exists. */
    public Optional<String> adminInitialPassword() {
        return lookup(ADMIN_INITIAL_PASSWORD).filter(p -> !p.isBlank());
    }

    /**
     * How long every public notice (公示) runs, overriding the programmes' days: an ISO-8601 duration
     * such as {@code PT90S} (the integration tests' domain sets one so the closing timer can be watched).
     * Absent, blank or {@code PROGRAMME}: each programme's {@code publicNoticeDays} apply.
     */
    public Optional<java.time.Duration> publicNoticeDuration() {
        return lookup(PUBLIC_NOTICE_DURATION).map(String::strip).filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("PROGRAMME"))
                .map(java.time.Duration::parse);
    }

    private static Optional<String> lookup(String name) {
        try {
            Object value = new InitialContext().lookup(name);
            return Optional.ofNullable(value).map(Object::toString);
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
