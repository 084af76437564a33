package org.tianshan.grants.project.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Decisions;
import org.tianshan.grants.st.Decisions.User;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From an approved application to an ACTIVE project through REST (issue 6, the contract): the project
 * starts CONTRACTING with the approved budget scaled to the fen, the programme's tranches, the KPIs from
 * the application and default milestones; the PI refines the plan within the approved scope; the officer
 * confirms it, which freezes the contract hash; the PDF shows the Chinese title and the amount; PI, unit
 * and bureau sign once each and the third signature makes it ACTIVE; strangers see nothing; an integrity
 * veto stops a signature.
 * <p>
 * The projects come from the real decision flow ({@link Decisions#fundedCall}): project A was cut from
 * 460,000.00 to 400,000.00; project B was approved in full and has a team member.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectsApiIT {

    static String admin;
    static Decisions.Call call;
    static Decisions.Funded a;
    static Decisions.Funded b;
    static User stranger;
    static User otherUnit;
    static User member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void twoApprovedProjects() {
        admin = TestData.adminToken();
        String host = TestData.organization(admin);
        String other = TestData.organization(admin);
        stranger = Decisions.user(admin, other, "APPLICANT");
        otherUnit = Decisions.user(admin, other, "UNIT_ADMIN");
        member = Decisions.user(admin, other, "APPLICANT");
        JsonObject targets = Json.createObjectBuilder().add("papers", 5).add("patents", 2).add("transferIncome", "500000.00")
                .add("peopleTrained", 4).build();
        call = Decisions.fundedCall(admin, List.of(
                new Decisions.Wish(List.of(), targets, "400000.00", "设备费偏高，按比例核减"),
                new Decisions.Wish(List.of(member), targets, "460000.00", null)));
        a = call.projects().get(0);
        b = call.projects().get(1);
        assertNotNull(host);
    }

    @Test
    @Order(1)
    void aNewProjectIsContractingWithTheScaledBudgetTheTranchesTheKpisAndTheMilestones() {
        JsonObject p = project(a, a.pi().token());
        assertEquals("CONTRACTING", p.getString("status"));
        assertEquals(a.applicationId(), p.getString("applicationId"));
        assertEquals("400000.00", p.getString("approvedAmount"));
        assertEquals("0.00", p.getString("paidAmount"));
        assertEquals("设备费偏高，按比例核减", p.getString("cutReason"));
        assertEquals(Decisions.TITLE, p.getString("title"));
        assertEquals(new BigDecimal("400000.00"), sum(p.getJsonArray("budget"), "amount"), "the scaled lines sum to the approved amount");
        assertEquals(List.of("86956.52", "217391.31", "43478.26", "52173.91"), p.getJsonArray("budget").stream()
                .map(l -> l.asJsonObject().getString("amount")).toList());
        assertEquals(new BigDecimal("400000.00"), sum(p.getJsonArray("tranches"), "amount"), "the tranches sum to the approved amount");
        JsonArray schedule = Api.get("programmes/KEY_RD_GENERAL", a.pi().token()).json().getJsonArray("tranches");
        assertEquals(schedule.size(), p.getJsonArray("tranches").size());
        for (int i = 0; i < schedule.size(); i++) {
            JsonObject t = p.getJsonArray("tranches").getJsonObject(i);
            assertEquals(schedule.getJsonObject(i).getString("condition"), t.getString("condition"));
            assertEquals("PLANNED", t.getString("status"));
            assertEquals(0, schedule.getJsonObject(i).getJsonNumber("share").bigDecimalValue().compareTo(t.getJsonNumber("share").bigDecimalValue()));
        }
        JsonObject papers = kpi(p, "PAPERS");
        assertEquals("5", papers.getString("target"));
        assertEquals("5", papers.getString("floor"));
        assertEquals("500000.00", kpi(p, "TRANSFER_INCOME").getString("target"));
        assertEquals("0", kpi(p, "STANDARDS").getString("target"), "nothing promised: 0");
        assertEquals(2, p.getJsonArray("milestones").size());
        assertFalse(p.getBoolean("planConfirmed"));
        assertEquals("460000.00", project(b, b.pi().token()).getString("approvedAmount"));
    }

    @Test
    @Order(2)
    void thePiTheHostUnitAndStaffSeeAProjectAndNobodyElse() {
        assertEquals(200, Api.get("projects/" + a.projectId(), call.unit().token()).status());
        assertEquals(200, Api.get("projects/" + a.projectId(), call.director().token()).status());
        assertProblem(404, Api.get("projects/" + a.projectId(), stranger.token()));
        assertProblem(404, Api.get("projects/" + a.projectId(), otherUnit.token()));
        assertProblem(404, Api.get("projects/" + a.projectId(), b.pi().token()));
        assertProblem(404, Api.get("projects/999999999", call.officer().token()));
        assertEquals(0, Api.get("projects?mine=true", stranger.token()).json().getInt("total"));
        Set<String> unitSees = ids(Api.get("projects?size=200", call.unit().token()));
        assertEquals(Set.of(a.projectId(), b.projectId()), unitSees, "the unit's research office sees its unit's projects");
        assertEquals(0, Api.get("projects", otherUnit.token()).json().getInt("total"));
        assertTrue(ids(Api.get("projects?size=200", call.officer().token())).containsAll(unitSees));
        assertProblem(400, Api.get("projects?size=0", call.officer().token()));
    }

    @Test
    @Order(3)
    void thePiRefinesTheKpisAndMilestonesWithinTheApprovedScope() {
        JsonObject p = project(a, a.pi().token());
        long version = p.getJsonNumber("version").longValue();
        LocalDate ends = LocalDate.parse(p.getString("endsOn"));
        Api.Reply below = Api.put(plan(a), a.pi().token(), planBody(version, "PAPERS", "4", ends));
        assertProblem(422, below);
        assertEquals("KPI_BELOW_APPLICATION", below.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Reply outside = Api.put(plan(a), a.pi().token(), planBody(version, "PAPERS", "5", ends.plusDays(1)));
        assertProblem(422, outside);
        assertEquals("MILESTONE_OUTSIDE_PERIOD", outside.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(400, Api.put(plan(a), a.pi().token(), planBody(version, "PAPERS", "5.5", ends)));
        assertProblem(400, Api.put(plan(a), a.pi().token(), planBody(version, "CITATIONS", "5", ends)));
        assertProblem(409, Api.put(plan(a), a.pi().token(), planBody(version - 1, "PAPERS", "6", ends)));
        assertProblem(404, Api.put(plan(a), stranger.token(), planBody(version, "PAPERS", "6", ends)));
        assertProblem(403, Api.put(plan(a), call.officer().token(), planBody(version, "PAPERS", "6", ends)));

        Api.Reply refined = Api.put(plan(a), a.pi().token(), planBody(version, "PAPERS", "6", ends));
        assertEquals(200, refined.status(), refined.toString());
        assertEquals("6", kpi(refined.json(), "PAPERS").getString("target"));
        assertEquals("5", kpi(refined.json(), "PAPERS").getString("floor"));
        assertEquals(List.of(ends.minusMonths(6).toString(), ends.toString()), refined.json().getJsonArray("milestones").stream()
                .map(m -> m.asJsonObject().getString("dueOn")).toList());
        assertEquals("6", kpi(project(a, a.pi().token()), "PAPERS").getString("target"), "nothing refused was changed, the change kept");
    }

    @Test
    @Order(4)
    void nobodySignsBeforeTheOfficerConfirmedThePlanWhichFreezesItsHash() throws IOException {
        assertProblem(409, Api.post(sign(a), a.pi().token(), null), "CONTRACT_NOT_READY");
        assertTrue(pdfText(a, a.pi().token()).contains("草案"), "the draft PDF says it is a draft");
        assertProblem(403, Api.post("projects/" + a.projectId() + "/plan/confirm", a.pi().token(), null));
        Api.Reply confirmed = Api.post("projects/" + a.projectId() + "/plan/confirm", call.officer().token(), null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertTrue(confirmed.json().getBoolean("planConfirmed"));
        assertTrue(confirmed.json().getString("contractHash").matches("[0-9a-f]{64}"), confirmed.toString());
        assertProblem(409, Api.post("projects/" + a.projectId() + "/plan/confirm", call.officer().token(), null));
        long version = confirmed.json().getJsonNumber("version").longValue();
        assertProblem(409, Api.put(plan(a), a.pi().token(), planBody(version, "PAPERS", "7",
                LocalDate.parse(confirmed.json().getString("endsOn")))), "PLAN_CONFIRMED");
    }

    @Test
    @Order(5)
    void theContractPdfCarriesTheChineseTitleTheAmountAndTheHash() throws IOException {
        String hash = project(a, a.pi().token()).getString("contractHash");
        Api.Download pdf = Api.download("projects/" + a.projectId() + "/contract.pdf", call.unit().token());
        assertEquals(200, pdf.status());
        assertTrue(pdf.headers().getFirst("Content-Type").startsWith("application/pdf"), pdf.headers().toString());
        String text = text(pdf.body());
        assertTrue(text.contains(Decisions.TITLE), text);
        assertTrue(text.contains("400000.00"), text);
        assertTrue(text.contains(hash), "the frozen hash is printed");
        assertFalse(text.contains("草案"));
        assertEquals(404, Api.download("projects/" + a.projectId() + "/contract.pdf", stranger.token()).status());
    }

    @Test
    @Order(6)
    void piUnitAndBureauSignOnceEachAndTheThirdSignatureMakesTheProjectActive() {
        String hash = project(a, a.pi().token()).getString("contractHash");
        assertProblem(404, Api.post(sign(a), stranger.token(), null));
        assertProblem(404, Api.post(sign(a), otherUnit.token(), null));
        Api.Reply pi = Api.post(sign(a), a.pi().token(), null);
        assertEquals(200, pi.status(), pi.toString());
        assertEquals(List.of("UNIT", "BUREAU"), strings(pi.json().getJsonArray("missing")));
        assertProblem(409, Api.post(sign(a), a.pi().token(), null), "ALREADY_SIGNED");
        assertEquals("CONTRACTING", Api.post(sign(a), call.unit().token(), null).json().getString("status"));
        assertProblem(403, Api.post(sign(a), call.director().token(), null));
        Api.Reply bureau = Api.post(sign(a), call.officer().token(), null);
        assertEquals("ACTIVE", bureau.json().getString("status"), bureau.toString());
        assertEquals(List.of(), strings(bureau.json().getJsonArray("missing")));

        JsonObject active = project(a, call.unit().token());
        assertEquals("ACTIVE", active.getString("status"));
        JsonArray signatures = active.getJsonArray("signatures");
        assertEquals(Set.of("PI", "UNIT", "BUREAU"), signatures.stream().map(s -> s.asJsonObject().getString("role")).collect(Collectors.toSet()));
        for (JsonValue s : signatures) {
            assertEquals(hash, s.asJsonObject().getString("contentHash"), "each party signed the frozen hash");
            assertNotNull(s.asJsonObject().getString("signedAt"));
        }
        assertEquals(a.pi().username(), signatures.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("role").equals("PI"))
                .findFirst().orElseThrow().getString("username"));
        assertProblem(409, Api.post(sign(a), call.officer().token(), null));
        JsonObject status = Api.get("projects/" + a.projectId() + "/contract", a.pi().token()).json();
        assertEquals(3, status.getJsonArray("signatures").size());
        assertTrue(Api.get("audit-events?entityId=" + a.projectId(), Decisions.user(admin, call.hostId(), "AUDITOR").token()).body()
                .contains("PROJECT_ACTIVATED"));
    }

    @Test
    @Order(7)
    void anIntegrityVetoOnATeamMemberStopsTheSignature() {
        Api.Reply confirmed = Api.post("projects/" + b.projectId() + "/plan/confirm", call.officer().token(), null);
        assertEquals(200, confirmed.status(), confirmed.toString());
        Api.Reply record = Api.post("integrity-records", call.officer().token(), Json.createObjectBuilder().add("subjectType", "PERSON")
                .add("subjectId", member.id()).add("severity", "SERIOUS").add("reason", "论文数据造假")
                .add("from", LocalDate.now().minusDays(1).toString()).build().toString());
        assertEquals(201, record.status(), record.toString());
        Api.Reply vetoed = Api.post(sign(b), b.pi().token(), null);
        assertProblem(422, vetoed);
        assertEquals("INTEGRITY_VETO", vetoed.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(0, Api.get("projects/" + b.projectId() + "/contract", b.pi().token()).json().getJsonArray("signatures").size());
        assertEquals("CONTRACTING", project(b, b.pi().token()).getString("status"));
    }

    // ---------------------------------------------------------------------------------------------

    static JsonObject project(Decisions.Funded p, String token) {
        Api.Reply reply = Api.get("projects/" + p.projectId(), token);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static JsonObject kpi(JsonObject project, String code) {
        return project.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).filter(k -> k.getString("code").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no KPI " + code + " in " + project));
    }

    static BigDecimal sum(JsonArray items, String field) {
        return items.stream().map(i -> new BigDecimal(i.asJsonObject().getString(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Set<String> ids(Api.Reply list) {
        assertEquals(200, list.status(), list.toString());
        return list.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).collect(Collectors.toSet());
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    static String plan(Decisions.Funded p) {
        return "projects/" + p.projectId() + "/plan";
    }

    static String sign(Decisions.Funded p) {
        return "projects/" + p.projectId() + "/contract/sign";
    }

    static String planBody(long version, String kpi, String target, LocalDate lastMilestone) {
        return Json.createObjectBuilder().add("version", version)
                .add("kpis", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", kpi).add("target", target)))
                .add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("dueOn", lastMilestone.toString()).add("description", "结题验收：提交结题报告"))
                        .add(Json.createObjectBuilder().add("dueOn", lastMilestone.minusMonths(6).toString()).add("description", "样机中试完成")))
                .build().toString();
    }

    static String pdfText(Decisions.Funded p, String token) throws IOException {
        Api.Download pdf = Api.download("projects/" + p.projectId() + "/contract.pdf", token);
        assertEquals(200, pdf.status(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        return text(pdf.body());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    static void assertProblem(int status, Api.Reply reply, String code) {
        assertProblem(status, reply);
        assertEquals("urn:tianshan:problem:" + code.toLowerCase().replace('_', '-'), reply.json().getString("type"), reply.toString());
    }
}
