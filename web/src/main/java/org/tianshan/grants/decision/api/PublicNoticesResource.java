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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.decision.boundary.NoticeView;
import org.tianshan.grants.decision.boundary.ObjectionRequest;
import org.tianshan.grants.decision.boundary.ObjectionView;
import org.tianshan.grants.decision.boundary.Objections;
import org.tianshan.grants.decision.boundary.PublicNotices;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

@Path("public-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicNoticesResource {

    @Inject
    PublicNotices notices;

    @Inject
    Objections objections;

    @GET
    @Operation(summary = "The public notices running now (anyone, no sign-in), paged",
            description = "{\"items\":[{\"id\",\"callId\",\"startsAt\",\"endsAt\",\"items\":[{\"applicationId\",\"title\",\"hostOrganization\",\"pi\",\"amount\"}]}],\"total\"}")
    public Page<NoticeView> current(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return notices.current(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One public notice, running or closed (anyone, no sign-in)")
    public NoticeView find(@PathParam("id") long id) {
        return notices.find(id);
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Object to a listed project (any signed-in role but AUDITOR) → 201",
            description = "{\"applicationId\",\"reason\"}; 422 NOT_IN_NOTICE when not listed; 409 NOTICE_ENDED after the notice's end; "
                    + "evidence: POST /objections/{id}/evidence")
    public Response object(@PathParam("id") long id, ObjectionRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("reason", "required");
        }
        ObjectionView lodged = objections.lodge(id, request);
        return Response.created(uri.getBaseUriBuilder().path("objections").path(lodged.id()).build()).entity(lodged).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "End the notice now (PROGRAM_OFFICER): 409 OPEN_OBJECTIONS while one is unresolved; "
            + "funded applications APPROVED with a project each, the call's other reviewed ones NOT_FUNDED")
    public NoticeView close(@PathParam("id") long id) {
        return notices.close(id);
    }
}
