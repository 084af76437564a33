package org.tianshan.grants.project.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.tianshan.grants.kernel.Sha256;

import java.io.StringReader;
import java.util.List;

/**
 * What a contract (任务书) says, as the parties sign it: the parties, the money (budget lines, tranches),
 * the KPIs, the milestones and the binding pledge texts (the integrity pledge; the 军令状 of a CHALLENGE
 * project). {@link #canonical()} writes it as JSON with a fixed member order, so the same content always
 * gives the same text and the same {@link #hash()}; the officer's confirmation stores that text, and the
 * PDF is rendered from it.
 */
public record ContractContent(String projectId, String applicationId, String title, String programmeCode, String fundingMode,
                              String piUsername, String piName, String hostOrganizationId, String hostOrganization,
                              String approvedAmount, String requestedAmount, String cutReason, String startsOn, String endsOn,
                              List<Line> budget, List<Tranche> tranches, List<Kpi> kpis, List<Milestone> milestones,
                              String pledgeVersion, String pledgeText, String challengeText) {

    public ContractContent {
        budget = List.copyOf(budget);
        tranches = List.copyOf(tranches);
        kpis = List.copyOf(kpis);
        milestones = List.copyOf(milestones);
    }

    /** A budget line: category and approved amount. */
    public record Line(String category, String amount) {
    }

    /** A tranche: number, share (e.g. "0.6"), amount, release condition. */
    public record Tranche(int no, String share, String amount, String condition) {
    }

    /** A KPI: code and target as text ("3", "500000.00"). */
    public record Kpi(String code, String target) {
    }

    /** A milestone: number, due date (YYYY-MM-DD), description. */
    public record Milestone(int seq, String dueOn, String description) {
    }

    public boolean isChallenge() {
        return challengeText != null;
    }

    /** The SHA-256 of {@link #canonical()}: what each signature refers to and every PDF page prints. */
    public String hash() {
        return Sha256.hex(canonical());
    }

    /** The canonical JSON text: members in declaration order, absent values as JSON null. */
    public String canonical() {
        JsonObjectBuilder o = Json.createObjectBuilder();
        add(o, "projectId", projectId);
        add(o, "applicationId", applicationId);
        add(o, "title", title);
        add(o, "programmeCode", programmeCode);
        add(o, "fundingMode", fundingMode);
        add(o, "piUsername", piUsername);
        add(o, "piName", piName);
        add(o, "hostOrganizationId", hostOrganizationId);
        add(o, "hostOrganization", hostOrganization);
        add(o, "approvedAmount", approvedAmount);
        add(o, "requestedAmount", requestedAmount);
        add(o, "cutReason", cutReason);
        add(o, "startsOn", startsOn);
        add(o, "endsOn", endsOn);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        budget.forEach(l -> lines.add(add(add(Json.createObjectBuilder(), "category", l.category()), "amount", l.amount())));
        o.add("budget", lines);
        JsonArrayBuilder ts = Json.createArrayBuilder();
        tranches.forEach(t -> ts.add(add(add(add(Json.createObjectBuilder().add("no", t.no()), "share", t.share()), "amount", t.amount()),
                "condition", t.condition())));
        o.add("tranches", ts);
        JsonArrayBuilder ks = Json.createArrayBuilder();
        kpis.forEach(k -> ks.add(add(add(Json.createObjectBuilder(), "code", k.code()), "target", k.target())));
        o.add("kpis", ks);
        JsonArrayBuilder ms = Json.createArrayBuilder();
        milestones.forEach(m -> ms.add(add(add(Json.createObjectBuilder().add("seq", m.seq()), "dueOn", m.dueOn()),
                "description", m.description())));
        o.add("milestones", ms);
        add(o, "pledgeVersion", pledgeVersion);
        add(o, "pledgeText", pledgeText);
        add(o, "challengeText", challengeText);
        return o.build().toString();
    }

    /** Reads back a text written by {@link #canonical()}. */
    public static ContractContent parse(String canonical) {
        JsonObject o = Json.createReader(new StringReader(canonical)).readObject();
        return new ContractContent(s(o, "projectId"), s(o, "applicationId"), s(o, "title"), s(o, "programmeCode"), s(o, "fundingMode"),
                s(o, "piUsername"), s(o, "piName"), s(o, "hostOrganizationId"), s(o, "hostOrganization"), s(o, "approvedAmount"),
                s(o, "requestedAmount"), s(o, "cutReason"), s(o, "startsOn"), s(o, "endsOn"),
                o.getJsonArray("budget").stream().map(JsonValue::asJsonObject).map(l -> new Line(s(l, "category"), s(l, "amount"))).toList(),
                o.getJsonArray("tranches").stream().map(JsonValue::asJsonObject)
                        .map(t -> new Tranche(t.getInt("no"), s(t, "share"), s(t, "amount"), s(t, "condition"))).toList(),
                o.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).map(k -> new Kpi(s(k, "code"), s(k, "target"))).toList(),
                o.getJsonArray("milestones").stream().map(JsonValue::asJsonObject)
                        .map(m -> new Milestone(m.getInt("seq"), s(m, "dueOn"), s(m, "description"))).toList(),
                s(o, "pledgeVersion"), s(o, "pledgeText"), s(o, "challengeText"));
    }

    private static JsonObjectBuilder add(JsonObjectBuilder o, String name, String value) {
        return value == null ? o.addNull(name) : o.add(name, value);
    }

    private static String s(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }
}
