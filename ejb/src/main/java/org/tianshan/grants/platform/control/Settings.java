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
