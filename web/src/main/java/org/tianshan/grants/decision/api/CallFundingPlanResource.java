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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.decision.boundary.FundingPlans;
import org.tianshan.grants.decision.boundary.PlanRequest;
import org.tianshan.grants.decision.boundary.PlanView;
import org.tianshan.grants.kernel.InvalidInput;

/** A call's funding plan (its own root class with a literal suffix, so it never takes other /calls/{id}/… paths). */
@Path("calls/{callId}/funding-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallFundingPlanResource {

    @Inject
    FundingPlans plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose the call's funding plan (PROGRAM_OFFICER) → 201 {\"id\",\"status\":\"PROPOSED\"}",
            description = "{\"items\":[{\"applicationId\",\"amount\",\"reason\"?}]}: REVIEWED applications of the call, amounts positive with "
                    + "at most 2 decimals (400) and at most the request (422 AMOUNT_ABOVE_REQUEST), a cut needs its reason (400), the total "
                    + "within the call's budget (422 OVER_CALL_BUDGET); RACE: at most raceTeams; CHALLENGE: one winner within the bounty")
    public Response propose(@PathParam("callId") long callId, PlanRequest request) {
        if (request == null) {
            throw new InvalidInput("items", "required");
        }
        return Response.status(Response.Status.CREATED).entity(plans.propose(callId, request)).build();
    }

    @GET
    @Operation(summary = "The call's current funding plan with its budget bar figures (PROGRAM_OFFICER, DIRECTOR)")
    public PlanView current(@PathParam("callId") long callId) {
        return plans.ofCall(callId);
    }

    @GET
    @Path("proposal")
    @Operation(summary = "The default plan: the frozen ranking in order while the budget lasts (PROGRAM_OFFICER); not stored")
    public PlanRequest proposal(@PathParam("callId") long callId) {
        return plans.proposal(callId);
    }
}
