package org.tianshan.grants.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** One Payara Server domain driven through asadmin; every command's exit code is checked. */
final class PayaraDomain {

    private final Settings settings;

    PayaraDomain(Settings settings) {
        this.settings = settings;
    }

    /** Unpacks the Payara Server distribution once; later runs reuse it. */
    void install() throws IOException {
        if (Files.exists(cli())) {
            return;
        }
        Path zip = settings.payaraZip().orElseThrow(() -> new IllegalStateException("no Payara distribution given (tianshan.payaraZip)"));
        Launcher.say("Payara: unpacking %s into %s", zip.getFileName(), settings.home());
        Files.createDirectories(settings.home());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = settings.home().resolve(entry.getName()).normalize();
                if (!target.startsWith(settings.home())) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!Files.exists(cli())) {
            throw new IllegalStateException("the Payara distribution has no " + cli());
        }
    }

    /** Stops a domain of this name left running by an earlier run, then creates it anew. */
    void recreate() throws Exception {
        Path domainDir = settings.domainsDir().resolve(settings.domain());
        if (Files.exists(domainDir)) {
            asadminQuietly("stop-domain", "--domaindir", settings.domainsDir().toString(), settings.domain());
            deleteTree(domainDir);
        }
        Files.createDirectories(settings.domainsDir());
        List<String> create = new ArrayList<>(List.of("create-domain", "--nopassword",
                "--domaindir", settings.domainsDir().toString(),
                "--adminport", Integer.toString(settings.adminPort()),
                "--instanceport", Integer.toString(settings.httpPort())));
        if (!settings.otherPorts().isEmpty()) {
            Map<String, String> names = Map.of("https", "http.ssl.port", "iiop", "orb.listener.port", "iiops", "orb.ssl.port",
                    "iiopmutual", "orb.mutualauth.port", "jms", "jms.port", "jmx", "domain.jmxPort",
                    "osgi", "osgi.shell.telnet.port", "debug", "java.debugger.port");
            List<String> props = new ArrayList<>();
            settings.otherPorts().forEach((k, v) -> props.add(names.get(k) + "=" + v));
            create.add("--domainproperties");
            create.add(String.join(":", props));
        }
        create.add(settings.domain());
        asadmin(create.toArray(String[]::new));
        Path lib = domainDir.resolve("lib");
        Files.createDirectories(lib);
        Path driver = settings.driverJar().orElseThrow(() -> new IllegalStateException("no JDBC driver given (tianshan.driverJar)"));
        Files.copy(driver, lib.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    void start() throws Exception {
        asadmin("start-domain", "--domaindir", settings.domainsDir().toString(), settings.domain());
    }

    void stop() throws Exception {
        asadminQuietly("stop-domain", "--domaindir", settings.domainsDir().toString(), settings.domain());
    }

    /**
     * Runs every command of the asadmin scripts in order, with ${...} filled from the given values. A
     * line {@code restart-domain} restarts this domain (settings such as thread pools only take effect
     * then): asadmin's own restart-domain is a local command that would look for domain1 instead.
     */
    void apply(Path configDir, Map<String, String> values) throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(configDir)) {
            scripts = files.filter(p -> p.toString().endsWith(".asadmin")).sorted().toList();
        }
        for (Path script : scripts) {
            for (List<String> command : AsadminScript.parse(Files.readString(script), values)) {
                if (command.equals(List.of("restart-domain"))) {
                    stop();
                    start();
                    continue;
                }
                List<String> remote = new ArrayList<>(List.of("--port", Integer.toString(settings.adminPort())));
                remote.addAll(command);
                asadmin(remote.toArray(String[]::new));
            }
        }
    }

    void deploy(Path ear) throws Exception {
        asadmin("--port", Integer.toString(settings.adminPort()), "deploy", "--force=true", "--name", "tianshan", ear.toString());
    }

    /** After deploy the application needs a few seconds: poll /health until it answers UP. */
    void awaitHealthy(Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + settings.httpPort() + "/health");
        Instant deadline = Instant.now().plus(limit);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application did not become healthy at " + health + ": " + last);
    }

    private void asadmin(String... args) throws Exception {
        Result r = run(args);
        if (r.exit != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", redact(args)) + " failed (" + r.exit + "):\n" + r.output);
        }
    }

    private void asadminQuietly(String... args) throws Exception {
        run(args);
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", cli().toString(),
                "--interactive=false"));
        command.addAll(List.of(args));
        Launcher.say("asadmin %s", String.join(" ", redact(args)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Result(process.waitFor(), output);
    }

    private static List<String> redact(String... args) {
        return Stream.of(args).map(a -> a.replaceAll("(?i)(password=)[^:]*", "$1****")).toList();
    }

    private Path cli() {
        return settings.payaraDir().resolve("glassfish/lib/client/appserver-cli.jar");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
