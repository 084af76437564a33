package org.tianshan.grants.project.api;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.project.boundary.ContractDocument;
import org.tianshan.grants.project.boundary.ContractStatus;
import org.tianshan.grants.project.boundary.PlanChange;
import org.tianshan.grants.project.boundary.ProjectView;
import org.tianshan.grants.project.boundary.Projects;

@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @GET
    @Operation(summary = "Projects the caller may see, newest first, paged: ?mine=true only those where the caller is PI; "
            + "otherwise staff see all, a UNIT_ADMIN their unit's, an applicant their own")
    public Page<ProjectView> list(@QueryParam("mine") Boolean mine, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return projects.list(Boolean.TRUE.equals(mine), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A project with its approved budget, tranches, KPIs, milestones and signatures (PI, host unit, staff; others 404)")
    public ProjectView find(@PathParam("id") long id) {
        return projects.find(id);
    }

    @PUT
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The PI refines KPIs and milestones while CONTRACTING and before the officer's confirmation (409 after): "
            + "{\"kpis\":[{\"code\",\"target\"}],\"milestones\":[{\"dueOn\",\"description\"}],\"version\"}; a target below the "
            + "application's: 422 KPI_BELOW_APPLICATION; a milestone outside the period: 422 MILESTONE_OUTSIDE_PERIOD; stale version: 409")
    public ProjectView refinePlan(@PathParam("id") long id, PlanChange change) {
        return projects.refinePlan(id, change);
    }

    @POST
    @Path("{id}/plan/confirm")
    @Operation(summary = "The programme officer confirms the plan: the contract content is frozen and its SHA-256 becomes contractHash")
    public ProjectView confirmPlan(@PathParam("id") long id) {
        return projects.confirmPlan(id);
    }

    @GET
    @Path("{id}/contract")
    @Operation(summary = "Signature status of the contract: planConfirmed, contractHash, signatures [{role,username,signedAt,contentHash}], missing")
    public ContractStatus contract(@PathParam("id") long id) {
        return projects.contract(id);
    }

    @POST
    @Path("{id}/contract/sign")
    @Operation(summary = "Sign the confirmed contract as PI, host unit (UNIT_ADMIN) or bureau (PROGRAM_OFFICER); optional body "
            + "{\"role\":\"PI|UNIT|BUREAU\"}. Not confirmed: 409 CONTRACT_NOT_READY; twice: 409 ALREADY_SIGNED; a stranger: 404; "
            + "an integrity veto: 422 INTEGRITY_VETO. The third signature makes the project ACTIVE")
    public ContractStatus sign(@PathParam("id") long id, String body) {
        return projects.sign(id, Signing.role(body));
    }

    @GET
    @Path("{id}/contract.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The contract (任务书) as a PDF with the CJK font embedded and the content hash on every page (PI, host unit, "
            + "staff); 503 when the server has no CJK font (set tianshan/pdfFont)")
    public Response contractPdf(@PathParam("id") long id) {
        ContractDocument pdf = projects.contractPdf(id);
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Contract-Hash", pdf.contentHash())
                .build();
    }
}
