package org.tianshan.grants.decision.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.decision.boundary.Approval;
import org.tianshan.grants.decision.boundary.FundingPlans;
import org.tianshan.grants.decision.boundary.PlanDecision;
import org.tianshan.grants.decision.boundary.PlanView;
import org.tianshan.grants.kernel.InvalidInput;

@Path("funding-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundingPlansResource {

    @Inject
    FundingPlans plans;

    @GET
    @Path("{id}")
    @Operation(summary = "A funding plan (PROGRAM_OFFICER, DIRECTOR)")
    public PlanView find(@PathParam("id") long id) {
        return plans.find(id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Approve (DIRECTOR, never the proposer: 403) → {\"status\":\"IN_PUBLIC_NOTICE\",\"noticeId\",\"endsAt\"}",
            description = "Optional body {\"comment\"}. The public notice starts at once and ends by a persistent timer")
    public Approval approve(@PathParam("id") long id, PlanDecision decision) {
        return plans.approve(id, decision);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the plan back to the officer with the reason (DIRECTOR, never the proposer) → {\"status\":\"RETURNED\"}")
    public PlanView sendBack(@PathParam("id") long id, PlanDecision decision) {
        if (decision == null) {
            throw new InvalidInput("comment", "give the reason for returning the plan");
        }
        return plans.sendBack(id, decision);
    }
}
