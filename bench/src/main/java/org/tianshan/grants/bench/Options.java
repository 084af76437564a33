package org.tianshan.grants.bench;

import java.time.Duration;

/** The harness's settings, from {@code -Dbench.*} system properties (README, "Benchmarks"). */
record Options(String url, int n, int concurrency, int warmup, double rate, int setupConcurrency, String accounts, String jdbcUrl,
               String jdbcUser, String jdbcPassword, String adminUser, String adminPassword, String programme,
               Duration timeout) {

    /** Above this many applicants {@code bench.accounts=auto} seeds accounts through JDBC (see {@link AccountSeed}). */
    static final int API_ACCOUNTS_UP_TO = 2000;

    static Options fromSystemProperties() {
        int n = Integer.parseInt(get("n", "200"));
        String accounts = get("accounts", "auto");
        if (!accounts.equals("auto") && !accounts.equals("api") && !accounts.equals("jdbc")) {
            throw new IllegalArgumentException("bench.accounts is auto, api or jdbc, not " + accounts);
        }
        if (accounts.equals("auto")) {
            accounts = n <= API_ACCOUNTS_UP_TO ? "api" : "jdbc";
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
