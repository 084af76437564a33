package org.tianshan.grants.call.api;

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
import org.tianshan.grants.call.boundary.CallStatusView;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.call.boundary.NewCall;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

import java.util.Arrays;
import java.util.Optional;

@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    @Inject
    Calls calls;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a call for a programme (PROGRAM_OFFICER)",
            description = "Rubric weights are whole percentages summing to 100; CHALLENGE calls need challengeProblem and "
                    + "challengeBounty, RACE calls raceTeams ≥ 2. → 201 {\"id\",\"status\":\"DRAFT\",...}")
    public Response create(NewCall request, @Context UriInfo uri) {
        CallView created = calls.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft: OPEN (closing timer at closesAt), or PENDING_APPROVAL where the programme requires a director")
    public CallStatusView publish(@PathParam("id") long id) {
        return calls.publish(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a call awaiting approval (DIRECTOR, never its drafter) → OPEN")
    public CallStatusView approve(@PathParam("id") long id) {
        return calls.approve(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an OPEN call before closesAt (the timer closes it at closesAt)")
    public CallStatusView close(@PathParam("id") long id) {
        return calls.close(id);
    }

    @GET
    @Operation(summary = "Calls, paged, optionally by status (?status=OPEN); drafts only for staff")
    public Page<CallView> list(@QueryParam("status") String status, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return calls.list(Optional.ofNullable(status).filter(s -> !s.isBlank()).map(CallsResource::status),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public CallView find(@PathParam("id") long id) {
        return calls.find(id);
    }

    private static CallStatus status(String text) {
        try {
            return CallStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "one of " + Arrays.toString(CallStatus.values()));
        }
    }
}
