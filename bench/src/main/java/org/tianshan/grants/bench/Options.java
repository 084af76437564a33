package org.tianshan.grants.bench;

import java.time.Duration;

/** The harness's settings, from {@code -Dbench.*} system properties (README, "Benchmarks"). */
record Options(String url, int n, int concurrency, int warmup, double rate, int setupConcurrency, String accounts, String jdbcUrl,
               String jdbcUser, String jdbcPassword, String adminUser, String adminPassword, String programme,
               Duration timeout) {

    static Options fromSystemProperties() {
        int n = Integer.parseInt(get("n", "200"));
        // api: POST /users + POST /auth/token (11,000 took 8 minutes here); jdbc: AccountSeed, for quick repeated runs
        String accounts = get("accounts", "api");
        if (!accounts.equals("api") && !accounts.equals("jdbc")) {
            throw new IllegalArgumentException("bench.accounts is api or jdbc, not " + accounts);
        }
        return new Options(
                get("url", "http://127.0.0.1:8080"),
                n,
                Integer.parseInt(get("concurrency", "50")),
                Integer.parseInt(get("warmup", "0")),
                Double.parseDouble(get("rate", "0")),
                Integer.parseInt(get("setupConcurrency", "8")),
                accounts,
                get("jdbc", "jdbc:mysql://127.0.0.1:3306/tianshan"),
                get("jdbcUser", "root"),
                get("jdbcPassword", ""),
                get("adminUser", "admin"),
                get("adminPassword", "Tianshan@2026"),
                get("programme", "KEY_RD_GENERAL"),
                Duration.ofSeconds(Long.parseLong(get("timeoutSeconds", "120"))));
    }

    private static String get(String key, String fallback) {
        String value = System.getProperty("bench." + key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
