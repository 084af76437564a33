package org.tianshan.grants.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.review.boundary.RankingEntry;
import org.tianshan.grants.review.boundary.Rankings;
import java.util.List;

/** A call's ranking (its own root class, see {@link CallAssignmentsResource}). */
@Path("calls/{callId}/ranking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallRankingResource {

    @Inject
    Rankings rankings;

    @GET
    @Operation(summary = "The ranking (PROGRAM_OFFICER, DIRECTOR): trimmed mean, standard deviation, dispersion flag",
            description = "A plain array [{\"applicationId\",\"rank\",\"score\",\"stdDev\",\"flagged\",\"reviews\",...}]; the panel's "
                    + "ranking once a panel holds it")
    public List<RankingEntry> ranking(@PathParam("callId") long callId) {
        return rankings.ranking(callId);
    }
}
