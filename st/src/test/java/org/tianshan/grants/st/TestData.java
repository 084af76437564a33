package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Data a test creates for itself: unique names and credit codes, so tests never collide however
 * often or in whatever order they run against the same database.
 */
public final class TestData {

    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
    public static final String PASSWORD = "Test@2026pw";
    /** Test users' emails are {@code <username>@tianshan.test}. */
    public static final String MAIL_DOMAIN = "tianshan.test";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestData() {
    }

    public static String adminToken() {
        return Api.token("admin", ADMIN_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    /** A valid unified social credit code (GB 32100) never used before. */
    public static String creditCode() {
        String digits = String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        String first17 = "91650100" + digits;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Creates a university and returns its id. */
    public static String organization(String adminToken) {
        return organization(adminToken, "UNIVERSITY");
    }

    /** Creates an organization of that type (UNIVERSITY, INSTITUTE, ENTERPRISE, HOSPITAL, OTHER) and returns its id. */
    public static String organization(String adminToken, String type) {
        Api.Reply reply = Api.post("organizations", adminToken, Json.createObjectBuilder()
                .add("name", unique("测试单位-")).add("creditCode", creditCode())
                .add("type", type).add("jurisdiction", "650100").build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    /** The body of a call for a programme, open since yesterday, closing at {@code closesAt}; ceiling 500000.00. */
    public static jakarta.json.JsonObjectBuilder callBody(String programme, java.time.OffsetDateTime closesAt) {
        JsonArrayBuilder rubric = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "INNOVATION").add("name", "创新性").add("weight", 40).add("maxScore", 10))
                .add(Json.createObjectBuilder().add("code", "FEASIBILITY").add("name", "可行性").add("weight", 35).add("maxScore", 10))
                .add(Json.createObjectBuilder().add("code", "TEAM").add("name", "团队基础").add("weight", 25).add("maxScore", 10));
        return Json.createObjectBuilder().add("programmeCode", programme).add("title", unique("2027年度重点研发计划指南-"))
                .add("guide", "面向自治区重点产业链关键核心技术需求……").add("topics", Json.createArrayBuilder().add("棉花机采").add("新能源储能"))
                .add("opensAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).minusDays(1)
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .add("closesAt", closesAt.toString())
                .add("ceiling", "500000.00").add("totalBudget", "5000000.00").add("reviewersPerApplication", 5)
                .add("rubric", rubric);
    }

    /** Creates and publishes a call; returns its id. */
    public static String openCall(String officerToken, jakarta.json.JsonObject body) {
        Api.Reply created = Api.post("calls", officerToken, body.toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        Api.Reply published = Api.post("calls/" + id + "/publish", officerToken, null);
        assertEquals("OPEN", published.json().getString("status"), published.toString());
        return id;
    }

    /**
     * Creates a user with these roles in that organization, with the email {@code <username>@tianshan.test};
     * returns the username (password {@link #PASSWORD}).
     */
    public static String user(String adminToken, String organizationId, String... roles) {
        return userMailedAt(adminToken, organizationId, MAIL_DOMAIN, roles);
    }

    /** As {@link #user}, the email at that domain ({@code <username>@<mailDomain>}), or none when it is null. */
    public static String userMailedAt(String adminToken, String organizationId, String mailDomain, String... roles) {
        String username = unique("u");
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", "测试用户" + username)
                .add("roles", roleArray).add("organizationId", organizationId);
        if (mailDomain != null) {
            body.add("email", username + "@" + mailDomain);
        }
        Api.Reply reply = Api.post("users", adminToken, body.build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return username;
    }
}
