package org.tianshan.grants.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.review.boundary.AssignmentView;
import org.tianshan.grants.review.boundary.Assignments;
import org.tianshan.grants.review.boundary.Decline;
import org.tianshan.grants.review.boundary.Reassignment;
import org.tianshan.grants.review.boundary.ReviewInput;
import org.tianshan.grants.review.boundary.ReviewView;
import org.tianshan.grants.review.boundary.Reviews;

@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Inject
    Assignments assignments;

    @GET
    @Operation(summary = "The caller's own review tasks, paged (EXPERT)")
    public Page<ReviewView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reviews.mine(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One own review with the rubric and the application as submitted (EXPERT; anyone else's: 404)")
    public ReviewView find(@PathParam("id") long id) {
        return reviews.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft (EXPERT, own review)",
            description = "{\"scores\":{\"<criterion>\":n},\"comment\",\"recommendation\":\"A|B|C|D\",\"version\"?}; each score within its "
                    + "criterion's range (400); read-only once submitted (409)")
    public ReviewView save(@PathParam("id") long id, ReviewInput input) {
        return reviews.save(id, input);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit once (EXPERT, own review) → {\"status\":\"SUBMITTED\"}",
            description = "422 REVIEW_INCOMPLETE / COMMENT_TOO_SHORT naming what is missing; a second submission 409")
    public ReviewView submit(@PathParam("id") long id) {
        return reviews.submit(id);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline with a reason (EXPERT, own unsubmitted review); a replacement is drawn under the same rules")
    public ReviewView decline(@PathParam("id") long id, Decline request) {
        return reviews.decline(id, request);
    }

    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Swap the expert of an unsubmitted review by hand (PROGRAM_OFFICER)",
            description = "{\"expertId\",\"reason\"}; the new expert must pass every avoidance rule, match the discipline and have room "
                    + "under the load cap (422 naming each rule failed)")
    public AssignmentView reassign(@PathParam("id") long id, Reassignment request) {
        return assignments.reassign(id, request);
    }
}
