package org.tianshan.grants.application.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.application.boundary.ApplicationDecisions;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Decision;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.HistoryEntry;
import org.tianshan.grants.application.boundary.NewApplication;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

import java.util.List;

@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    Applications applications;

    @Inject
    ApplicationDecisions decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an application for an OPEN call (APPLICANT, who is its PI) → 201 {\"id\",\"status\":\"DRAFT\"}")
    public Response create(NewApplication request, @Context UriInfo uri) {
        ApplicationView created = applications.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a DRAFT's content (its PI); send the version read: 409 when stale")
    public ApplicationView update(@PathParam("id") long id, NewApplication request) {
        return applications.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a DRAFT: 422 listing each violated rule (DEADLINE_PASSED, CALL_NOT_OPEN, INCOMPLETE, "
            + "BUDGET_OVER_CEILING, INDIRECT_COST_CAP, LIMIT_EXCEEDED, AGE_LIMIT, CO_FUNDING_REQUIRED), or SUBMITTED with a frozen version")
    public ApplicationView submit(@PathParam("id") long id) {
        return applications.submit(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw before review starts (its PI)")
    public ApplicationView withdraw(@PathParam("id") long id) {
        return applications.withdraw(id);
    }

    @POST
    @Path("{id}/endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The host unit's research office: ENDORSE, RETURN (to DRAFT, reasons in comment) or REJECT a SUBMITTED application")
    public ApplicationView endorse(@PathParam("id") long id, Decision decision) {
        return decisions.endorse(id, decision);
    }

    @POST
    @Path("{id}/formal-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Formal check of an ENDORSED application (PROGRAM_OFFICER): ACCEPT (422 while an automatic check fails), RETURN, INELIGIBLE")
    public ApplicationView formalCheck(@PathParam("id") long id, Decision decision) {
        return decisions.formalCheck(id, decision);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An application with its automatic checks (its circle: PI, team, host unit, staff; others 404)")
    public ApplicationView find(@PathParam("id") long id) {
        return applications.find(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every transition of an application, oldest first (plain array)")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return applications.history(id);
    }

    @GET
    @Operation(summary = "The caller's applications as PI or team member: ?mine=true")
    public Page<ApplicationView> list(@QueryParam("mine") Boolean mine, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        if (!Boolean.TRUE.equals(mine)) {
            throw new InvalidInput("mine", "only ?mine=true is offered so far");
        }
        return applications.mine(PageRequest.of(page, size));
    }
}
