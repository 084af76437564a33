package org.tianshan.grants.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The README's commands end here.
 * <ul>
 *   <li>{@code run}: database, fresh domain, resources, deploy in demo mode, print URL and accounts;
 *       stays in the foreground until Ctrl+C (or returns at once with {@code -Dtianshan.detach=true}).</li>
 *   <li>{@code start}: the same without deploying (the system tests' domain: Arquillian deploys).</li>
 *   <li>{@code stop}: stops what {@code run} or {@code start} left running, as its state file records.</li>
 * </ul>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "run" : args[0];
        Settings settings = Settings.fromEnvironment();
        switch (mode) {
            case "run" -> run(settings, true);
            case "start" -> run(settings, false);
            case "stop" -> stop(settings.stateFile());
            default -> throw new IllegalArgumentException("unknown mode " + mode + " (run, start, stop)");
        }
    }

    private static void run(Settings settings, boolean deploy) throws Exception {
        long started = System.nanoTime();
        if (Files.exists(settings.stateFile())) {
            say("An earlier run left %s: stopping what it started first", settings.stateFile());
            stop(settings.stateFile());
        }
        PayaraDomain payara = new PayaraDomain(settings);
        payara.install();
        Database.Location db = Database.provide(settings);
        writeState(settings, db);
        try {
            startDomain(settings, payara, db, deploy, started);
        } catch (Exception e) {
            say("Start failed; stopping what was started");
            stop(settings.stateFile());
            throw e;
        }
    }

    private static void startDomain(Settings settings, PayaraDomain payara, Database.Location db, boolean deploy,
                                    long started) throws Exception {
        Database.AppAccount account = Database.appAccount(db, settings);
        Path tmp = Files.createDirectories(settings.home().resolve("tmp").resolve(settings.domain()));
        payara.recreate();
        payara.start();
        payara.apply(settings.configDir().orElseThrow(() -> new IllegalStateException("no config dir (tianshan.configDir)")),
                Map.ofEntries(Map.entry("db.host", db.host()),
                        Map.entry("db.port", Integer.toString(db.port())),
                        Map.entry("db.name", settings.dbName()),
                        Map.entry("db.user", account.user()),
                        Map.entry("db.password", account.password()),
                        Map.entry("demo", Boolean.toString(settings.demo())),
                        Map.entry("admin.initialPassword", settings.adminInitialPassword()),
                        Map.entry("mail.host", settings.mailHost()),
                        Map.entry("mail.port", Integer.toString(settings.mailPort())),
                        Map.entry("mail.from", settings.mailFrom()),
                        Map.entry("notice.duration", settings.publicNoticeDuration()),
                        Map.entry("tmp.dir", tmp.toString()),

                        Map.entry("publicUrl", settings.publicUrl()),
                        Map.entry("reviewReminderHorizonHours", Integer.toString(settings.reviewReminderHorizonHours())),
                        Map.entry("reviewReminderEveryMinutes", Integer.toString(settings.reviewReminderEveryMinutes()))));
        if (!deploy) {
            say("Domain %s is up (admin port %d, HTTP port %d) in %d s", settings.domain(), settings.adminPort(),
                    settings.httpPort(), seconds(started));
            return;
        }
        payara.deploy(settings.ear().orElseThrow(() -> new IllegalStateException("no EAR given (tianshan.ear)")));
        payara.awaitHealthy(Duration.ofMinutes(3));
        printWelcome(settings, seconds(started));
        if (settings.detach()) {
            say("Detached. Stop with: mvn -Pstop -pl config process-classes");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop(settings.stateFile());
            } catch (Exception e) {
                System.err.println("stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        say("Running. Press Ctrl+C to stop the server%s.", db.holderPid().isPresent() ? " and the embedded database" : "");
        stopped.await();
    }

    /** Stops the domain and an embedded database that a run recorded in its state file. */
    static void stop(Path stateFile) throws Exception {
        if (!Files.exists(stateFile)) {
            say("Nothing to stop: %s does not exist", stateFile);
            return;
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            state.load(in);
        }
        System.setProperty("tianshan.home", state.getProperty("home"));
        System.setProperty("tianshan.domain", state.getProperty("domain"));
        Settings settings = Settings.fromEnvironment();
        new PayaraDomain(settings).stop();
        Optional.ofNullable(state.getProperty("db.holderPid")).ifPresent(pid -> {
            say("Stopping the embedded MariaDB on port %s", state.getProperty("db.port"));
            Database.stopEmbedded(state.getProperty("db.host"), Integer.parseInt(state.getProperty("db.port")),
                    state.getProperty("db.user"), settings.dbPassword(), Long.parseLong(pid));
        });
        Files.deleteIfExists(stateFile);
        say("Stopped.");
    }

    private static void writeState(Settings settings, Database.Location db) throws IOException {
        Properties state = new Properties();
        state.setProperty("home", settings.home().toString());
        state.setProperty("domain", settings.domain());
        state.setProperty("db.host", db.host());
        state.setProperty("db.port", Integer.toString(db.port()));
        state.setProperty("db.user", settings.dbUser());
        db.holderPid().ifPresent(pid -> state.setProperty("db.holderPid", Long.toString(pid)));
        Files.createDirectories(settings.home());
        try (Writer out = Files.newBufferedWriter(settings.stateFile(), StandardCharsets.UTF_8)) {
            state.store(out, "what the Tianshan launcher started; `mvn -Pstop -pl config process-classes` stops it");
        }
    }

    private static void printWelcome(Settings settings, long seconds) throws IOException {
        String base = "http://localhost:" + settings.httpPort();
        StringBuilder out = new StringBuilder()
                .append("\n============================================================\n")
                .append(" Tianshan Grants 天山科技项目管理平台 is running (").append(seconds).append(" s)\n")
                .append("   screens   ").append(base).append("/\n")
                .append("   REST API  ").append(base).append("/api/v1   (OpenAPI: ").append(base).append("/openapi)\n")
                .append("   health    ").append(base).append("/health\n")
                .append("   admin     http://localhost:").append(settings.adminPort()).append(" (Payara console)\n");
        if (settings.demo()) {
            out.append(" Demo accounts (password ").append(settings.adminInitialPassword()).append("):\n");
            for (String line : demoAccounts(settings)) {
                out.append("   ").append(line).append('\n');
            }
        }
        out.append("============================================================\n");
        System.out.println(out);
    }

    private static List<String> demoAccounts(Settings settings) throws IOException {
        Optional<Path> file = settings.demoAccounts();
        if (file.isEmpty() || !Files.exists(file.get())) {
            return List.of("admin (ADMIN)");
        }
        return Files.readAllLines(file.get(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(","))
                .map(f -> String.format("%-12s %-22s %s", f[0], f[2].replace(';', ' '), f[1]))
                .toList();
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    static void say(String format, Object... args) {
        System.out.println("[tianshan " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, args));
    }
}
