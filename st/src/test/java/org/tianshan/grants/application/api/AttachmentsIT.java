package org.tianshan.grants.application.api;

import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tianshan.grants.application.api.ApplicationsApiIT.SOUND_BUDGET;
import static org.tianshan.grants.application.api.ApplicationsApiIT.completeFor;
import static org.tianshan.grants.application.api.ApplicationsApiIT.draft;
import static org.tianshan.grants.application.api.ApplicationsApiIT.inDays;

/** PDF attachments: sniffed, limited, downloadable only by the circle, frozen with the submission. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    static String admin;
    static String org;
    static String call;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void anOpenCall() {
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        String officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        call = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
    }

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static String applicant() {
        return Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
    }

    @Test
    void aPdfIsAttachedListedDownloadedAndFrozenWithTheSubmission() throws IOException {
        String pi = applicant();
        String id = draft(pi, completeFor(call, org, SOUND_BUDGET).build());
        byte[] plan = pdf(2);
        Api.Reply added = Api.upload("applications/" + id + "/attachments?name=" + java.net.URLEncoder.encode("项目申报书.pdf", StandardCharsets.UTF_8)
                + "&kind=PROPOSAL", pi, plan, "application/pdf");
        assertEquals(201, added.status(), added.toString());
        JsonObject attachment = added.json();
        assertEquals("项目申报书.pdf", attachment.getString("fileName"));
        assertEquals(2, attachment.getInt("pages"));
        assertEquals(plan.length, attachment.getJsonNumber("size").longValue());

        Api.Download download = Api.download("applications/" + id + "/attachments/" + attachment.getString("id"), pi);
        assertEquals(200, download.status());
        assertArrayEquals(plan, download.body(), "the same bytes come back");
        assertTrue(download.headers().getFirst("Content-Disposition").startsWith("attachment"), "never inline");
        assertEquals("nosniff", download.headers().getFirst("X-Content-Type-Options"));

        String stranger = applicant();
        assertEquals(404, Api.download("applications/" + id + "/attachments/" + attachment.getString("id"), stranger).status());
        assertEquals(404, Api.get("applications/" + id + "/attachments", stranger).status());

        assertEquals(200, Api.post("applications/" + id + "/submit", pi, null).status());
        JsonObject read = Api.get("applications/" + id, pi).json();
        assertEquals(attachment.getString("sha256"), read.getJsonArray("attachments").getJsonObject(0).getString("sha256"));
        assertEquals(409, Api.upload("applications/" + id + "/attachments?name=late.pdf", pi, plan, "application/pdf").status(),
                "a submitted application's attachments are frozen");
        assertEquals(409, Api.send("DELETE", "applications/" + id + "/attachments/" + attachment.getString("id"), pi, null).status());
        String officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        assertArrayEquals(plan, Api.download("applications/" + id + "/attachments/" + attachment.getString("id"), officer).body(),
                "staff read it");
    }

    @Test
    void whatIsNotASafePdfIsRefusedAndNothingIsStored() throws IOException {
        String pi = applicant();
        String id = draft(pi, completeFor(call, org, SOUND_BUDGET).build());
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply renamed = Api.upload("applications/" + id + "/attachments?name=plan.pdf", pi, exe, "application/pdf");
        assertEquals(400, renamed.status(), renamed.toString());
        assertEquals("application/problem+json", renamed.contentType());

        byte[] scripted;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')"));
            document.save(out);
            scripted = out.toByteArray();
        }
        assertEquals(400, Api.upload("applications/" + id + "/attachments?name=s.pdf", pi, scripted, "application/pdf").status());

        byte[] huge = Arrays.copyOf(pdf(1), 10 * 1024 * 1024 + 1);
        Api.Reply tooLarge = Api.upload("applications/" + id + "/attachments?name=big.pdf", pi, huge, "application/pdf");
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("application/problem+json", tooLarge.contentType());

        assertEquals(0, Api.get("applications/" + id + "/attachments", pi).array().size(), "nothing half-stored");
    }

    @Test
    void anApplicationHoldsAtMostTenFilesAndARemovedOneIsGone() throws IOException {
        String pi = applicant();
        String id = draft(pi, completeFor(call, org, SOUND_BUDGET).build());
        byte[] small = pdf(1);
        String first = null;
        for (int i = 0; i < 10; i++) {
            Api.Reply added = Api.upload("applications/" + id + "/attachments?name=f" + i + ".pdf", pi, small, "application/pdf");
            assertEquals(201, added.status(), added.toString());
            first = first == null ? added.json().getString("id") : first;
        }
        Api.Reply eleventh = Api.upload("applications/" + id + "/attachments?name=f10.pdf", pi, small, "application/pdf");
        assertEquals(422, eleventh.status(), eleventh.toString());
        assertTrue(eleventh.body().contains("ATTACHMENT_LIMIT"), eleventh.body());
        assertEquals(204, Api.send("DELETE", "applications/" + id + "/attachments/" + first, pi, null).status());
        assertEquals(9, Api.get("applications/" + id + "/attachments", pi).array().size());
        assertEquals(404, Api.download("applications/" + id + "/attachments/" + first, pi).status());
    }
}
