package org.tianshan.grants.review.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.review.boundary.AssignmentOutcome;
import org.tianshan.grants.review.boundary.AssignmentRequest;
import org.tianshan.grants.review.boundary.AssignmentView;
import org.tianshan.grants.review.boundary.Assignments;

/**
 * A call's expert assignment. Its own root class with a literal suffix in the path, so JAX-RS matching
 * never takes {@code /calls/{id}/publish} and the like away from the calls resource.
 */
@Path("calls/{callId}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallAssignmentsResource {

    @Inject
    Assignments assignments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign experts to the call's accepted applications (PROGRAM_OFFICER; the call must be CLOSED, 409 otherwise)",
            description = "{\"mode\":\"RANDOM|OPTIMAL\",\"seed\"?,\"perApplication\"?,\"dueAt\"?} → {\"assigned\",\"seed\",\"assignments\":"
                    + "[{\"applicationId\",\"expertId\",\"userId\",\"reviewId\"}],\"unfilled\":[{\"applicationId\",\"missing\",\"reason\"}],"
                    + "\"phases\"}; the same seed on the same data gives the same assignment; one transaction")
    public AssignmentOutcome assign(@PathParam("callId") long callId, AssignmentRequest request) {
        if (request == null) {
            throw new InvalidInput("mode", "one of RANDOM, OPTIMAL");
        }
        return assignments.assign(callId, request);
    }

    @GET
    @Operation(summary = "The call's live assignments, paged (PROGRAM_OFFICER)")
    public Page<AssignmentView> list(@PathParam("callId") long callId, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size) {
        return assignments.list(callId, PageRequest.of(page, size));
    }
}
