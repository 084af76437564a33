package org.tianshan.grants.decision.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.application.control.PdfInspection;
import org.tianshan.grants.decision.boundary.ObjectionView;
import org.tianshan.grants.decision.boundary.Objections;
import org.tianshan.grants.decision.boundary.Resolution;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import java.io.IOException;
import java.io.InputStream;

@Path("objections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionsResource {

    @Inject
    Objections objections;

    @GET
    @Operation(summary = "Objections, paged: the bureau sees a notice's (?noticeId=), everyone else their own")
    public Page<ObjectionView> list(@QueryParam("noticeId") Long noticeId, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return objections.list(noticeId, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One objection with its resolution and reply (its objector, or the bureau)")
    public ObjectionView find(@PathParam("id") long id) {
        return objections.find(id);
    }

    @POST
    @Path("{id}/evidence")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach one PDF of evidence to one's open objection: raw bytes, ?name=file.pdf (checked like attachments)")
    public ObjectionView attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) PdfInspection.MAX_BYTES + 1);
        return objections.attach(id, name, content);
    }

    @GET
    @Path("{id}/evidence")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the evidence (its objector, or the bureau); always as a download")
    public Response evidence(@PathParam("id") long id) {
        return Response.ok(objections.evidence(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"objection-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox").build();
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an objection (PROGRAM_OFFICER): {\"decision\":\"UPHELD|DISMISSED\",\"comment\"} — the written reply; "
            + "UPHELD makes the application NOT_FUNDED")
    public ObjectionView resolve(@PathParam("id") long id, Resolution resolution) {
        if (resolution == null) {
            throw new InvalidInput("decision", "UPHELD or DISMISSED");
        }
        return objections.resolve(id, resolution);
    }
}
