package org.tianshan.grants.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.review.boundary.PanelAdjustment;
import org.tianshan.grants.review.boundary.PanelView;
import org.tianshan.grants.review.boundary.Rankings;

/** A call's panel meeting (会议评审) (its own root class, see {@link CallAssignmentsResource}). */
@Path("calls/{callId}/panel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallPanelResource {

    @Inject
    Rankings rankings;

    @POST
    @Operation(summary = "Open the panel on the computed ranking (PROGRAM_OFFICER; once every review is submitted) → 201")
    public Response open(@PathParam("callId") long callId) {
        return Response.status(Response.Status.CREATED).entity(rankings.open(callId)).build();
    }

    @GET
    @Operation(summary = "The call's panel and its ranking (PROGRAM_OFFICER, DIRECTOR)")
    public PanelView find(@PathParam("callId") long callId) {
        return rankings.panel(callId);
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an application to a rank and/or mark it for discussion, with a reason (PROGRAM_OFFICER; panel OPEN)",
            description = "{\"applicationId\",\"rank\"?,\"discuss\"?,\"reason\"}")
    public PanelView adjust(@PathParam("callId") long callId, PanelAdjustment request) {
        return rankings.adjust(callId, request);
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the panel: the ranking is frozen and its applications become REVIEWED (PROGRAM_OFFICER)")
    public PanelView close(@PathParam("callId") long callId) {
        return rankings.close(callId);
    }
}
