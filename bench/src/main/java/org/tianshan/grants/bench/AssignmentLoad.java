package org.tianshan.grants.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The expert assignment of issue 5 end to end, on a running server: a call of N applications and a pool of
 * M experts are written by JDBC into the server's schema ({@link ReviewCall}, {@link ReviewCallSeed}), then
 * one {@code POST /api/v1/calls/{id}/assignments} is timed — loading the facts from the database, conflicts
 * and candidate graph, solving, persisting the reviews and moving the applications to UNDER_REVIEW, in one
 * transaction — first {@code {"mode":"OPTIMAL"}}, then, after the run is undone by SQL
 * ({@link ReviewCheck#reset}), {@code {"mode":"RANDOM","seed":1}} on the same data. For each: the POST's
 * wall time, the server's phase figures (time, heap in use at each phase's end), the server JVM's peak heap
 * while the POST ran (jstat, when given the pid), assigned and unfilled; then {@link ReviewCheck} re-checks
 * every live review by SQL against the avoidance rules, the load cap and k — 0 violations or the run fails.
 * <pre>
 * mvn -Prun verify -Dtianshan.detach=true                # the server on :8080, schema tianshan
 * mvn -q -pl bench -am install -DskipTests
 * mvn -q -pl bench exec:java -Dexec.mainClass=org.tianshan.grants.bench.AssignmentLoad \
 *     -Dbench.serverPid=.tianshan/domains/tianshan/config/pid
 * mvn -Pstop -pl config process-classes                  # stop the server
 * </pre>
 * Sizes: 1 = 2,000 applications × 1,000 experts, load cap 15, 10 first-level disciplines (~120 matched
 * experts per application); 2 = 20,000 × 10,000, load cap 12, 60 first-level disciplines (~200); both k = 5,
 * ~5 % of the matched pairs conflicting. Properties: {@code bench.sizes} (default {@code 1,2}: the small one
 * first, so the large one meets a warm JIT), {@code bench.modes} ({@code OPTIMAL,RANDOM}), {@code bench.seed}
 * (the data), {@code bench.url}, {@code bench.jdbc}, {@code bench.jdbcUser}, {@code bench.jdbcPassword} (as
 * {@link SubmissionSurge}), {@code bench.timeoutSeconds} (the POST's, default 1800), {@code bench.serverPid}
 * (a pid or a pid file; optional). Each run writes its own organizations, accounts, call and experts
 * (usernames {@code aload…}); the experts of earlier runs leave the pool (made inactive), since the pool is
 * global and would otherwise grow with every run.
 */
public final class AssignmentLoad {

    /** One size: counts, reviewers per application, load cap and the first-level disciplines used. */
    record Size(String name, int applications, int experts, int k, int loadCap, int groups) {
    }

    static final Size SMALL = new Size("1", 2_000, 1_000, 5, 15, 10);
    static final Size LARGE = new Size("2", 20_000, 10_000, 5, 12, 60);
    static final String PREFIX = "aload";

    private AssignmentLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.fromSystemProperties();
        long seed = Long.getLong("bench.seed", 20_260_305L);
        String[] sizes = System.getProperty("bench.sizes", "1,2").split(",");
        String[] modes = System.getProperty("bench.modes", "OPTIMAL,RANDOM").split(",");
        Duration timeout = Duration.ofSeconds(Long.getLong("bench.timeoutSeconds", 1800));
        String serverPid = System.getProperty("bench.serverPid");
        String jdbc = o.jdbcUrl() + (o.jdbcUrl().contains("rewriteBatchedStatements") ? ""
                : (o.jdbcUrl().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
        Api api = new Api(o.url(), timeout);
        System.out.printf("Tianshan Grants · expert assignment end to end (POST /calls/{id}/assignments) · seed %d%n", seed);
        System.out.printf("  server %s · database %s · client: %d cores, Java %s · POST timeout %d s%n", o.url(), o.jdbcUrl(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), timeout.toSeconds());
        boolean allClean = true;
        List<String> summary = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, o.jdbcUser(), o.jdbcPassword())) {
            for (String name : sizes) {
                Size size = name.strip().equals("1") ? SMALL : LARGE;
                allClean &= run(db, api, size, modes, seed, serverPid, summary);
            }
        }
        System.out.println("\nSummary");
        summary.forEach(line -> System.out.println("  " + line));
        if (!allClean) {
            throw new IllegalStateException("a run failed or the SQL check found violations: see above");
        }
    }

    private static boolean run(Connection db, Api api, Size size, String[] modes, long seed, String serverPid,
                               List<String> summary) throws Exception {
        String run = PREFIX + Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("%nSize %s: %,d applications × %,d experts, k = %d, load cap %d, %d first-level disciplines · run %s%n",
                size.name(), size.applications(), size.experts(), size.k(), size.loadCap(), size.groups(), run);
        long t = System.nanoTime();
        int retired = ReviewCallSeed.retireEarlierExperts(db, PREFIX);
        ReviewCall model = ReviewCall.generate(size.applications(), size.experts(), size.groups(), ReviewCallSeed.disciplines(db),
                seed);
        ReviewCall.Mix mix = model.mix();
        int members = 0;
        for (int[] team : model.members) {
            members += team.length;
        }
        System.out.printf("  model: %,d applicant accounts (PI + %.2f members per application on average), %,d matched pairs "
                        + "(%.0f per application), %,d conflicting (%.1f %%)%n", model.persons(), (double) members / model.applications,
                mix.matched(), (double) mix.matched() / model.applications, mix.conflicting(),
                100.0 * mix.conflicting() / mix.matched());
        System.out.printf("    conflicts by first rule: %s%n", mix.conflicts());
        ReviewCallSeed.Seeded seeded = ReviewCallSeed.write(db, model, run, size.k(), size.loadCap());
        System.out.printf("  seeded by JDBC in %.1f s: call %d (CLOSED), %,d applications ACCEPTED, %,d + %,d accounts, "
                        + "%,d experts; %d experts of earlier runs made inactive%n", seconds(t), seeded.callId(), model.applications,
                model.persons(), model.experts, model.experts, retired);

        boolean clean = true;
        for (int i = 0; i < modes.length; i++) {
            String mode = modes[i].strip();
            if (i > 0) {
                ReviewCheck.reset(db, seeded.callId());
                System.out.printf("%n  (run undone by SQL: reviews and runs deleted, applications ACCEPTED again)%n");
            }
            String body = mode.equals("RANDOM") ? "{\"mode\":\"RANDOM\",\"seed\":1}" : "{\"mode\":\"" + mode + "\"}";
            System.out.printf("%n  %s: POST /api/v1/calls/%d/assignments %s%n", mode, seeded.callId(), body);
            Optional<HeapWatch> watch = HeapWatch.start(serverPid);
            long start = System.nanoTime();
            Api.Reply reply = api.post("calls/" + seeded.callId() + "/assignments", seeded.officerToken(), body);
            double wall = seconds(start);
            Optional<HeapWatch.Figures> heap = watch.map(HeapWatch::figures);
            for (HeapWatch w : watch.stream().toList()) {
                w.close();
            }
            if (!reply.is(200)) {
                System.out.printf("    FAILED after %.1f s: %s%n", wall, reply);
                summary.add(String.format("size %s %s: FAILED after %.1f s (%s)", size.name(), mode, wall,
                        reply.status() < 0 ? reply.body() : "HTTP " + reply.status()));
                clean = false;
                continue;
            }
            JsonObject outcome = reply.json();
            int assigned = outcome.getInt("assigned");
            JsonArray unfilled = outcome.getJsonArray("unfilled");
            Map<String, Integer> reasons = new TreeMap<>();
            int missing = 0;
            for (JsonValue u : unfilled) {
                reasons.merge(u.asJsonObject().getString("reason"), u.asJsonObject().getInt("missing"), Integer::sum);
                missing += u.asJsonObject().getInt("missing");
            }
            StringBuilder phases = new StringBuilder();
            long serverMillis = 0;
            long maxHeap = 0;
            for (JsonValue p : outcome.getJsonArray("phases")) {
                JsonObject phase = p.asJsonObject();
                long millis = phase.getJsonNumber("millis").longValue();
                serverMillis += millis;
                maxHeap = Math.max(maxHeap, phase.getJsonNumber("heapMb").longValue());
                phases.append(String.format("%n      %-18s %8.2f s   heap in use at its end %5d MB", phase.getString("name"),
                        millis / 1000.0, phase.getJsonNumber("heapMb").longValue()));
            }
            System.out.printf("    wall time of the POST      %8.2f s   (HTTP 200, response %.1f MB)%n", wall,
                    reply.body().length() / 1e6);
            System.out.printf("    server phases:%s%n", phases);
            System.out.printf("      %-18s %8.2f s   (the rest of the POST: lock, authentication, JSON out, HTTP)%n", "outside",
                    wall - serverMillis / 1000.0);
            heap.ifPresent(h -> System.out.printf("    server JVM during the POST: %s%n", h));
            System.out.printf("    assigned %,d of %,d slots · %,d applications short (%,d slots) %s · run %s%n", assigned,
                    size.applications() * size.k(), unfilled.size(), missing, reasons, outcome.getString("runId"));

            t = System.nanoTime();
            ReviewCheck.Result check = ReviewCheck.check(db, seeded.callId(), size.k(), size.loadCap());
            System.out.printf("    SQL check of the %,d live reviews (%.1f s), violating pairs by rule:%n", check.live(), seconds(t));
            check.counts().forEach((rule, n) -> System.out.printf("      %-54s %d%n", rule, n));
            System.out.printf("      %-54s %d%n", "experts over the load cap (" + size.loadCap() + ")", check.overCap());
            System.out.printf("      %-54s %d%n", "applications over k (" + size.k() + ")", check.overK());
            System.out.printf("      %-54s %d%n", "ACCEPTED applications with reviews", check.acceptedWithReviews());
            System.out.printf("      %-54s %d%n", "UNDER_REVIEW applications without reviews", check.underReviewWithout());
            boolean counts = check.live() == assigned && check.shortApplications() == unfilled.size()
                    && check.missingSlots() == missing;
            System.out.printf("    the server's figures against the rows: %,d live reviews (answered %,d), %,d applications short "
                            + "(answered %,d), %,d slots missing (answered %,d): %s%n", check.live(), assigned,
                    check.shortApplications(), unfilled.size(), check.missingSlots(), missing, counts ? "agree" : "DISAGREE");
            boolean ok = check.violations() == 0 && counts;
            clean &= ok;
            String heapText = heap.map(h -> String.format("peak heap %.0f MB", h.peakUsedMb())).orElse("max phase heap " + maxHeap + " MB");
            summary.add(String.format("size %s %-7s POST %6.1f s (server: %s) · %s · assigned %,d, short %,d · violations %d%s",
                    size.name(), mode, wall, phaseLine(outcome), heapText, assigned, unfilled.size(), check.violations(),
                    counts ? "" : " · COUNTS DISAGREE"));
        }
        return clean;
    }

    private static String phaseLine(JsonObject outcome) {
        List<String> parts = new ArrayList<>();
        for (JsonValue p : outcome.getJsonArray("phases")) {
            parts.add(p.asJsonObject().getString("name") + " " + String.format("%.1f", p.asJsonObject().getJsonNumber("millis")
                    .longValue() / 1000.0));
        }
        return String.join(", ", parts);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
