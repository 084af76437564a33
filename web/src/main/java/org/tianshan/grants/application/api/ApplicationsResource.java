package org.tianshan.grants.application.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.application.boundary.ApplicationDecisions;
import org.tianshan.grants.application.boundary.AttachmentFile;
import org.tianshan.grants.application.boundary.AttachmentView;
import org.tianshan.grants.application.boundary.Attachments;
import org.tianshan.grants.application.control.PdfInspection;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Decision;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.HistoryEntry;
import org.tianshan.grants.application.boundary.NewApplication;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.List;

@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    Applications applications;

    @Inject
    ApplicationDecisions decisions;

    @Inject
    Attachments attachments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an application for an OPEN call (APPLICANT, who is its PI) → 201 {\"id\",\"status\":\"DRAFT\"}")
    public Response create(NewApplication request, @Context UriInfo uri) {
        ApplicationView created = applications.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a DRAFT's content (its PI); send the version read: 409 when stale")
    public ApplicationView update(@PathParam("id") long id, NewApplication request) {
        return applications.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a DRAFT: 422 listing each violated rule (DEADLINE_PASSED, CALL_NOT_OPEN, INCOMPLETE, "
            + "BUDGET_OVER_CEILING, INDIRECT_COST_CAP, LIMIT_EXCEEDED, INTEGRITY_VETO, AGE_LIMIT, CO_FUNDING_REQUIRED, "
            + "UNIT_NOT_ELIGIBLE, PLEDGE_REQUIRED), or SUBMITTED with a frozen version. Submitting signs the integrity pledge "
            + "of GET /pledges/SUBMISSION over the frozen content's hash; the optional body {\"pledgeAccepted\":false} refuses it (422)")
    public ApplicationView submit(@PathParam("id") long id, String body) {
        return applications.submit(id, Submission.parse(body).pledgeAccepted());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a PDF to a DRAFT (its PI): the raw bytes as the body, ?name=file.pdf&kind=PROPOSAL|BUDGET_NOTE|"
            + "SUPPORTING|OTHER → 201. The type is sniffed from the bytes; not a PDF, encrypted or with active content: 400; "
            + "over 10 MB: 413; more than 10 files or 50 MB per application: 422 ATTACHMENT_LIMIT")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("kind") String kind,
                           InputStream body, @Context UriInfo uri) throws IOException {
        // one byte past the limit is enough for the boundary's inspection to answer 413; the rest is never read
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) PdfInspection.MAX_BYTES + 1);
        AttachmentView added = attachments.add(id, kind, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The attachments of an application, without their bytes (its circle)")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an attachment (its circle); always served as a download, never inline")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentFile file = attachments.download(id, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment of a DRAFT (its PI) → 204")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw before review starts (its PI)")
    public ApplicationView withdraw(@PathParam("id") long id) {
        return applications.withdraw(id);
    }

    @POST
    @Path("{id}/endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The host unit's research office: ENDORSE, RETURN (to DRAFT, reasons in comment) or REJECT a SUBMITTED application")
    public ApplicationView endorse(@PathParam("id") long id, Decision decision) {
        return decisions.endorse(id, decision);
    }

    @POST
    @Path("{id}/formal-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Formal check of an ENDORSED application (PROGRAM_OFFICER): ACCEPT (422 while an automatic check fails), RETURN, INELIGIBLE")
    public ApplicationView formalCheck(@PathParam("id") long id, Decision decision) {
        return decisions.formalCheck(id, decision);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An application with its automatic checks (its circle: PI, team, host unit, staff; others 404)")
    public ApplicationView find(@PathParam("id") long id) {
        return applications.find(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every transition of an application, oldest first (plain array)")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return applications.history(id);
    }

    @GET
    @Operation(summary = "The caller's applications as PI or team member: ?mine=true")
    public Page<ApplicationView> list(@QueryParam("mine") Boolean mine, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        if (!Boolean.TRUE.equals(mine)) {
            throw new InvalidInput("mine", "only ?mine=true is offered so far");
        }
        return applications.mine(PageRequest.of(page, size));
    }
}
