package org.tianshan.grants.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher needs to know, read from system properties ({@code -Dtianshan.db.port=3307})
 * or the matching environment variables ({@code TIANSHAN_DB_PORT}). Nothing here is a secret baked
 * into code: the database password defaults to empty because that is how the development MariaDB
 * of this machine kind is set up, and the first ADMIN password is always passed in.
 */
record Settings(Path home,
                String domain,
                int adminPort,
                int httpPort,
                Map<String, Integer> otherPorts,
                String dbHost,
                int dbPort,
                String dbName,
                String dbUser,
                String dbPassword,
                String dbAppUser,
                String dbAppPassword,
                int embeddedDbPort,
                boolean freshSchema,
                boolean demo,
                String adminInitialPassword,
                String mailHost,
                int mailPort,
                String mailFrom,
                String publicUrl,
                int reviewReminderHorizonHours,
                int reviewReminderEveryMinutes,
                Optional<Path> payaraZip,
                Optional<Path> driverJar,
                Optional<Path> ear,
                Optional<Path> configDir,
                Optional<Path> demoAccounts,
                String classpath,
                boolean detach) {

    static Settings fromEnvironment() {
        Map<String, Integer> other = new LinkedHashMap<>();
        for (String name : new String[] {"https", "iiop", "iiops", "iiopmutual", "jms", "jmx", "osgi", "debug"}) {
            String value = get("port." + name, "");
            if (!value.isBlank()) {
                other.put(name, Integer.parseInt(value));
            }
        }
        boolean demo = Boolean.parseBoolean(get("demo", "true"));
        int httpPort = Integer.parseInt(get("http.port", "8080"));
        return new Settings(
                Path.of(get("home", ".tianshan")).toAbsolutePath(),
                get("domain", "tianshan"),
                Integer.parseInt(get("admin.port", "4848")),
                httpPort,
                other,
                get("db.host", "127.0.0.1"),
                Integer.parseInt(get("db.port", "3306")),
                get("db.name", "tianshan"),
                get("db.user", "root"),
                get("db.password", ""),
                get("db.appUser", "tianshan"),
                get("db.appPassword", ""),
                Integer.parseInt(get("db.embeddedPort", "3307")),
                Boolean.parseBoolean(get("db.fresh", "false")),
                demo,
                get("adminInitialPassword", demo ? "Tianshan@2026" : ""),
                get("mail.host", "127.0.0.1"),
                Integer.parseInt(get("mail.port", "2525")),
                get("mail.from", "noreply@tianshan.example"),
                get("publicUrl", "http://localhost:" + httpPort),
                Integer.parseInt(get("reviewReminderHorizonHours", "48")),
                Integer.parseInt(get("reviewReminderEveryMinutes", "60")),
                optionalPath("payaraZip"),
                optionalPath("driverJar"),
                optionalPath("ear"),
                optionalPath("configDir"),
                optionalPath("demoAccounts"),
                get("classpath", System.getProperty("java.class.path")),
                Boolean.parseBoolean(get("detach", "false")));
    }

    /** How long public notices run (ISO-8601, e.g. PT90S for tests); PROGRAMME: each programme's days. */
    String publicNoticeDuration() {
        return get("publicNoticeDuration", "PROGRAMME");
    }

    Path domainsDir() {
        return home.resolve("domains");
    }

    Path payaraDir() {
        return home.resolve("payara6");
    }

    Path stateFile() {
        return home.resolve("state.properties");
    }

    private static Optional<Path> optionalPath(String key) {
        String value = get(key, "");
        return value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static String get(String key, String fallback) {
        String value = System.getProperty("tianshan." + key);
        if (value == null) {
            value = System.getenv("TIANSHAN_" + key.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        }
        return value == null ? fallback : value;
    }
}
