package org.tianshan.grants.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deadline surge (issue 4): N applicants each submit one complete application at once against a
 * running server, through the REST API only, C clients at a time; then the database is checked that
 * every accepted submission is there exactly once.
 * <ol>
 *   <li>Setup (timed, not the measure): the ADMIN creates a unit, a PROGRAM_OFFICER and an AUDITOR; the
 *       officer creates and publishes a call on an ordinary programme (window: yesterday to in two days,
 *       ceiling 500,000.00); N applicants with a bearer token each — through {@code POST /users} and
 *       {@code POST /auth/token}, or for large N written through JDBC ({@link AccountSeed}); N complete
 *       drafts through {@code POST /applications} (timed and reported).</li>
 *   <li>Warm-up (optional, {@code bench.warmup} = W): W more applicants submit first, C clients at a time, so
 *       the surge meets a server whose JIT has seen the submit path, as a server in service has.</li>
 *   <li>Surge (the measure): N {@code POST /applications/{id}/submit}, C clients released together.</li>
 *   <li>Count check over JDBC ({@link CountCheck}) and the audit chain's verification through the API.</li>
 * </ol>
 * Every run makes its own unit, accounts and call, so runs never disturb each other's data.
 */
public final class SubmissionSurge {

    static final String PASSWORD = "Bench@2026pw";
    /** Within the ceiling (≤ 500,000.00) and the indirect-cost cap (30 % of 300,000.00 = 90,000.00). */
    static final String[][] BUDGET = {{"EQUIPMENT", "100000.00"}, {"BUSINESS", "250000.00"}, {"LABOUR", "50000.00"},
            {"INDIRECT", "60000.00"}};

    private static final SecureRandom RANDOM = new SecureRandom();

    private SubmissionSurge() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.fromSystemProperties();
        Api api = new Api(o.url(), o.timeout());
        String run = "bench" + Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("Tianshan Grants · deadline surge · run %s%n", run);
        System.out.printf("  server %s · database %s · client: %d cores, %s %s, Java %s%n", o.url(), o.jdbcUrl(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        System.out.printf("  N = %d applications · C = %d concurrent clients · %s%s%n", o.n(), o.concurrency(),
                o.rate() > 0 ? String.format("open loop at %.0f submissions/s", o.rate()) : "closed loop",
                o.warmup() > 0 ? " · warm-up " + o.warmup() : "");

        try (Connection db = DriverManager.getConnection(o.jdbcUrl(), o.jdbcUser(), o.jdbcPassword())) {
            System.out.println("\nSetup");
            long t = System.nanoTime();
            String admin = api.token(o.adminUser(), o.adminPassword());
            String org = created(api.post("organizations", admin, Json.createObjectBuilder()
                    .add("name", "压测单位 " + run).add("creditCode", creditCode()).add("type", "UNIVERSITY")
                    .add("jurisdiction", "650100").build().toString()), "the unit");
            String officer = api.token(user(api, admin, run + "-po", "PROGRAM_OFFICER", org), PASSWORD);
            String auditor = api.token(user(api, admin, run + "-au", "AUDITOR", org), PASSWORD);
            String call = openCall(api, officer, o, run);
            System.out.printf("  unit %s, officer, auditor, call %s (%s) published               %8.1f s%n", org, call,
                    o.programme(), seconds(t));

            int total = o.n() + o.warmup();   // indexes n … n+warmup-1: the warm-up's applicants
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                usernames.add(run + "-" + i);
            }
            String[] tokens = new String[total];
            t = System.nanoTime();
            if (o.accounts().equals("api")) {
                LoadPhase.Result accounts = LoadPhase.run(total, o.setupConcurrency(), 0, i -> {
                    Api.Reply r = api.post("users", admin, Json.createObjectBuilder().add("username", usernames.get(i))
                            .add("password", PASSWORD).add("displayName", "压测申请人 " + i)
                            .add("roles", Json.createArrayBuilder().add("APPLICANT")).add("organizationId", org)
                            .build().toString());
                    if (!r.is(201)) {
                        return r.status();
                    }
                    tokens[i] = api.token(usernames.get(i), PASSWORD);
                    return 201;
                }, "applicants");
                requireAll(accounts, 201, "applicant accounts");
                System.out.printf("  %d applicants + tokens through the REST API (POST /users, POST /auth/token; %d clients) %6.1f s (%.1f/s)%n",
                        total, o.setupConcurrency(), accounts.seconds(), accounts.throughput());
            } else {
                long orgId = Long.parseLong(org);
                String[] seeded = AccountSeed.applicants(db, usernames, PASSWORD, orgId);
                System.arraycopy(seeded, 0, tokens, 0, seeded.length);
                System.out.printf("  %d applicants + tokens WRITTEN THROUGH JDBC (setup only: account, account_role, api_token;%n"
                        + "    one precomputed PBKDF2 hash, SHA-256 of each token; no ACCOUNT_CREATED audit events)      %8.1f s%n",
                        total, seconds(t));
            }

            long[] ids = new long[total];
            LoadPhase.Result drafts = LoadPhase.run(total, o.setupConcurrency(), 0, i -> {
                Api.Reply r = api.post("applications", tokens[i], draft(call, org, i));
                if (r.is(201)) {
                    ids[i] = Long.parseLong(r.json().getString("id"));
                }
                return r.status();
            }, "drafts");
            requireAll(drafts, 201, "drafts");
            System.out.printf("  %d complete drafts, POST /applications, %d clients               %8.1f s (%.1f/s)%n",
                    total, drafts.clients(), drafts.seconds(), drafts.throughput());
            System.out.printf("    latency %s%n", drafts.latencies());
            LoadPhase.Result warmup = null;
            if (o.warmup() > 0) {
                warmup = LoadPhase.run(o.warmup(), o.concurrency(), 0,
                        i -> api.post("applications/" + ids[o.n() + i] + "/submit", tokens[o.n() + i], null).status(), null);
                System.out.printf("  warm-up: %d submissions (not measured), %d clients                %8.1f s (%.1f/s), statuses %s%n",
                        o.warmup(), warmup.clients(), warmup.seconds(), warmup.throughput(), warmup.histogram());
            }

            System.out.printf("%nSurge: %d × POST /applications/{id}/submit, %d clients %s%n", o.n(), o.concurrency(),
                    o.rate() > 0 ? String.format("sending at %.0f/s (open loop)", o.rate()) : "released together");
            LoadPhase.Result surge = LoadPhase.run(o.n(), o.concurrency(), o.rate(),
                    i -> api.post("applications/" + ids[i] + "/submit", tokens[i], null).status(), "submissions");
            Latencies l = surge.latencies();
            System.out.printf("  wall time    %.2f s%n", surge.seconds());
            System.out.printf("  throughput   %.1f submissions/s%n", surge.throughput());
            System.out.printf("  latency      %s%n", l);
            System.out.printf("  statuses     %s%s%n", surge.histogram(),
                    surge.histogram().keySet().stream().anyMatch(s -> s < 0) ? "   (-1: no answer in time, -2: connection failed)" : "");
            if (o.rate() == 0) {
                System.out.printf("  (Little's law: with C always waiting, mean latency = C / throughput = %.0f ms)%n",
                        o.concurrency() / surge.throughput() * 1000);
            }

            System.out.println("\nCount check (MariaDB, read directly)");
            boolean[] accepted = new boolean[total];   // the warm-up's submissions are checked too
            for (int i = 0; i < total; i++) {
                accepted[i] = i < o.n() ? surge.statuses()[i] == 200 : warmup.statuses()[i - o.n()] == 200;
            }
            CountCheck.Result check = CountCheck.check(db, Long.parseLong(call), ids, accepted);
            System.out.printf("  applications checked (surge + warm-up)          %d%n", check.applications());
            System.out.printf("  accepted (200)                                  %d%n", check.accepted());
            System.out.printf("  SUBMITTED in the database                       %d%n", check.submittedInDb());
            System.out.printf("  lost (200 but not SUBMITTED with its rows)      %d%n", check.lost());
            System.out.printf("  duplicated (a status change, version or audit event more than once)  %d%n", check.duplicated());
            System.out.printf("  phantom (submitted rows without a 200)          %d%n", check.phantom());
            System.out.printf("  missing applications                            %d%n", check.missing());
            check.problems().forEach(p -> System.out.println("    ! " + p));
            Api.Reply verify = api.get("audit-events/verify", auditor);
            boolean chainValid = verify.is(200) && verify.json().getBoolean("valid", false);
            System.out.printf("  audit chain (GET /audit-events/verify)          %s%n",
                    verify.is(200) ? (chainValid ? "valid, " + verify.json().getJsonNumber("count") + " events" : verify.body()) : verify);

            boolean countOk = check.ok() && chainValid;
            boolean fast = surge.throughput() >= 200 && l.p99() < 500;
            System.out.printf("%nResult: N=%d C=%d · %.1f submissions/s · p50 %.0f ms · p99 %.0f ms · count check %s%n",
                    o.n(), o.concurrency(), surge.throughput(), l.p50(), l.p99(), countOk ? "PASSED" : "FAILED");
            System.out.printf("Target (≥ 200 submissions/s, p99 < 500 ms, nothing lost or duplicated): %s%n",
                    fast && countOk ? "MET" : "NOT MET");
            if (!countOk) {
                throw new IllegalStateException("count check failed: see above");
            }
        }
    }

    private static String user(Api api, String admin, String username, String role, String org) {
        created(api.post("users", admin, Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("displayName", "压测 " + role).add("roles", Json.createArrayBuilder().add(role))
                .add("organizationId", org).build().toString()), "user " + username);
        return username;
    }

    private static String openCall(Api api, String officer, Options o, String run) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        JsonArrayBuilder rubric = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "INNOVATION").add("name", "创新性").add("weight", 40).add("maxScore", 10))
                .add(Json.createObjectBuilder().add("code", "FEASIBILITY").add("name", "可行性").add("weight", 35).add("maxScore", 10))
                .add(Json.createObjectBuilder().add("code", "TEAM").add("name", "团队基础").add("weight", 25).add("maxScore", 10));
        String id = created(api.post("calls", officer, Json.createObjectBuilder().add("programmeCode", o.programme())
                .add("title", "压测指南 " + run).add("guide", "截止日前的集中申报压测。")
                .add("opensAt", now.minusDays(1).toString()).add("closesAt", now.plusDays(2).toString())
                .add("ceiling", "500000.00").add("totalBudget", "9000000000.00").add("reviewersPerApplication", 5)
                .add("rubric", rubric).build().toString()), "the call");
        Api.Reply published = api.post("calls/" + id + "/publish", officer, null);
        if (!published.is(200) || !"OPEN".equals(published.json().getString("status", ""))) {
            throw new IllegalStateException("the call did not open: " + published);
        }
        return id;
    }

    /** A complete application: every field the submission rules need, the budget within ceiling and cap. */
    static String draft(String call, String org, int i) {
        JsonArrayBuilder budget = Json.createArrayBuilder();
        for (String[] line : BUDGET) {
            budget.add(Json.createObjectBuilder().add("category", line[0]).add("amount", line[1]));
        }
        return Json.createObjectBuilder().add("callId", call).add("title", "高寒地区棉花机采关键技术研究 " + i)
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究清理、分级与在线检测的关键技术并开展示范应用。")
                .add("keywords", Json.createArrayBuilder().add("棉花").add("机采").add("在线检测"))
                .add("discipline", "21020").add("hostOrganizationId", org)
                .add("team", Json.createArrayBuilder()).add("budget", budget)
                .add("excludedExperts", Json.createArrayBuilder()).build().toString();
    }

    private static String created(Api.Reply reply, String what) {
        if (!reply.is(201)) {
            throw new IllegalStateException("creating " + what + " failed: " + reply);
        }
        JsonObject json = reply.json();
        return json.getString("id");
    }

    private static void requireAll(LoadPhase.Result phase, int status, String what) {
        Map<Integer, Integer> histogram = phase.histogram();
        if (histogram.size() != 1 || !histogram.containsKey(status)) {
            throw new IllegalStateException("setup of " + what + " failed: statuses " + histogram);
        }
    }

    /** A valid unified social credit code (GB 32100), random enough never to repeat across runs. */
    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String first17 = "91650100" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + alphabet.charAt(check == 31 ? 0 : check);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
