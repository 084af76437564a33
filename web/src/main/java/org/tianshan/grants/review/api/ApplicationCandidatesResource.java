package org.tianshan.grants.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.review.boundary.Assignments;
import org.tianshan.grants.review.boundary.CandidateView;

/** An application's candidate experts (its own root class, see {@link CallAssignmentsResource}). */
@Path("applications/{applicationId}/candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationCandidatesResource {

    @Inject
    Assignments assignments;

    @GET
    @Operation(summary = "Experts whose disciplines match the application, by affinity, each conflict explained (PROGRAM_OFFICER), paged")
    public Page<CandidateView> candidates(@PathParam("applicationId") long applicationId, @QueryParam("page") Integer page,
                                          @QueryParam("size") Integer size) {
        return assignments.candidates(applicationId, PageRequest.of(page, size));
    }
}
