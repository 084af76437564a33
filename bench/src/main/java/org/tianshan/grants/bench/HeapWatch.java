package org.tianshan.grants.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server JVM's heap while a request runs, from {@code jstat -gc <pid> 200} (the JDK's tool; same
 * machine, same user): the peak of the heap in use (survivors + eden + old, as sampled every 200 ms), the
 * committed heap at the end, and the collections and GC time during the watch. Optional: without a pid the
 * run reports the server's own per-phase figures only.
 */
final class HeapWatch implements AutoCloseable {

    /** What the watch saw. {@code gcSeconds} is all GC time (young, full and concurrent cycles). */
    record Figures(double peakUsedMb, double committedMb, long youngGcs, long fullGcs, double gcSeconds, int samples) {

        @Override
        public String toString() {
            return String.format("peak in use %.0f MB (of %.0f MB committed), %d young + %d full collections, GC %.2f s "
                    + "(jstat every 200 ms, %d samples)", peakUsedMb, committedMb, youngGcs, fullGcs, gcSeconds, samples);
        }
    }

    private final Process jstat;
    private final Thread reader;
    private double peak;
    private double committed;
    private double[] first;
    private double[] last;
    private int samples;

    private HeapWatch(long pid) throws IOException {
        jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "200").redirectErrorStream(true).start();
        reader = new Thread(this::read, "heap-watch");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code bench.serverPid}: the pid, or a file holding it (Payara's {@code domains/<domain>/config/pid}). */
    static Optional<HeapWatch> start(String serverPid) throws IOException {
        if (serverPid == null || serverPid.isBlank()) {
            return Optional.empty();
        }
        String pid = serverPid.strip().matches("\\d+") ? serverPid.strip() : Files.readString(Path.of(serverPid.strip())).strip();
        return Optional.of(new HeapWatch(Long.parseLong(pid)));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 17 || !f[0].matches("[0-9.]+")) {
                    continue;   // the header
                }
                // S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT [CGC CGCT] GCT, in KB
                double[] v = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    v[i] = f[i].equals("-") ? 0 : Double.parseDouble(f[i]);
                }
                synchronized (this) {
                    peak = Math.max(peak, (v[2] + v[3] + v[5] + v[7]) / 1024);
                    committed = (v[0] + v[1] + v[4] + v[6]) / 1024;
                    if (first == null) {
                        first = v;
                    }
                    last = v;
                    samples++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the watch is a bonus: a jstat that stops talking leaves the figures it had
        }
    }

    synchronized Figures figures() {
        if (first == null) {
            return new Figures(0, 0, 0, 0, 0, 0);
        }
        int gct = last.length - 1;
        return new Figures(peak, committed, (long) (last[12] - first[12]), (long) (last[14] - first[14]), last[gct] - first[gct],
                samples);
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }
}
