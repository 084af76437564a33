package org.tianshan.grants.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Application settings, read from the JNDI entries that {@code config/asadmin/30-application.asadmin}
 * defines. A missing entry means the default, so the EAR also deploys onto a domain that lacks them.
 */
@ApplicationScoped
public class Settings {

    public static final String DEMO = "tianshan/demo";
    public static final String ADMIN_INITIAL_PASSWORD = "tianshan/adminInitialPassword";
    public static final String PUBLIC_NOTICE_DURATION = "tianshan/publicNoticeDuration";
    public static final String PUBLIC_URL = "tianshan/publicUrl";
    public static final String REVIEW_REMINDER_HORIZON_HOURS = "tianshan/reviewReminderHorizonHours";
    public static final String REVIEW_REMINDER_EVERY_MINUTES = "tianshan/reviewReminderEveryMinutes";

    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    static final Duration DEFAULT_REVIEW_REMINDER_HORIZON = Duration.ofHours(48);
    static final Duration DEFAULT_REVIEW_REMINDER_INTERVAL = Duration.ofMinutes(60);

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    public static final String PDF_FONT = "tianshan/pdfFont";
    public static final String PDF_FONT_PROPERTY = "tianshan.pdf.font";

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
    public Optional<Duration> publicNoticeDuration() {
        return lookup(PUBLIC_NOTICE_DURATION).map(String::strip).filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("PROGRAMME"))
                .flatMap(v -> {
                    try {
                        return Optional.of(Duration.parse(v)).filter(d -> !d.isNegative() && !d.isZero());
                    } catch (java.time.format.DateTimeParseException e) {
                        LOG.warning(() -> PUBLIC_NOTICE_DURATION + " = '" + v + "' is not an ISO-8601 duration; the programmes' days apply");
                        return Optional.empty();
                    }
                });
    }

    /** Where users reach the installation, e.g. {@code https://grants.example.cn}; mails link below it. */
    public String publicUrl() {
        return lookup(PUBLIC_URL).map(String::strip).filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .orElse(DEFAULT_PUBLIC_URL);
    }

    /** How far ahead of a review's deadline its expert is reminded (48 hours unless set). */
    public Duration reviewReminderHorizon() {
        return amount(REVIEW_REMINDER_HORIZON_HOURS, lookup(REVIEW_REMINDER_HORIZON_HOURS), ChronoUnit.HOURS)
                .filter(d -> !d.isZero()).orElse(DEFAULT_REVIEW_REMINDER_HORIZON);
    }

    /** How often due reviews are looked for (every 60 minutes unless set); empty when set to 0: no reminders. */
    public Optional<Duration> reviewReminderInterval() {
        return amount(REVIEW_REMINDER_EVERY_MINUTES, lookup(REVIEW_REMINDER_EVERY_MINUTES), ChronoUnit.MINUTES)
                .or(() -> Optional.of(DEFAULT_REVIEW_REMINDER_INTERVAL)).filter(d -> !d.isZero());
    }

    /** A whole number of units, 0 or more; a value that is none is logged and treated as unset. */
    static Optional<Duration> amount(String name, Optional<String> value, ChronoUnit unit) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).flatMap(v -> {
            try {
                long n = Long.parseLong(v);
                if (n >= 0 && n <= 100_000) {
                    return Optional.of(Duration.of(n, unit));
                }
            } catch (NumberFormatException e) {
                // logged below
            }
            LOG.warning(() -> name + " = '" + v + "' is not a whole number of " + unit.toString().toLowerCase() + " from 0 to 100000; the default applies");
            return Optional.empty();
        });
    }

    /**
     * The CJK font file (.ttf/.ttc) that contract PDFs embed: the JNDI entry {@code tianshan/pdfFont}, else the
     * system property {@code tianshan.pdf.font}, else the environment variable {@code TIANSHAN_PDF_FONT};
     * empty means: search the usual Debian font packages.
     */
    public Optional<String> pdfFont() {
        return lookup(PDF_FONT).or(() -> Optional.ofNullable(System.getProperty(PDF_FONT_PROPERTY)))
                .or(() -> Optional.ofNullable(System.getenv("TIANSHAN_PDF_FONT"))).filter(p -> !p.isBlank());
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
