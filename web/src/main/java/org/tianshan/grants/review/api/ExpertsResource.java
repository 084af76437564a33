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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.review.boundary.ConflictView;
import org.tianshan.grants.review.boundary.ExpertView;
import org.tianshan.grants.review.boundary.Experts;
import org.tianshan.grants.review.boundary.NewConflict;
import org.tianshan.grants.review.boundary.NewExpert;
import java.util.List;

@Path("experts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpertsResource {

    @Inject
    Experts experts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user with role EXPERT to the pool (PROGRAM_OFFICER)",
            description = "{\"userId\",\"disciplines\":[GB/T 13745 codes],\"keywords\":[..],\"title\"?,\"region\"?,"
                    + "\"availableFrom\"?,\"availableUntil\"?,\"active\"?} → 201 {\"id\",...}; 422 EXPERT_ROLE_REQUIRED; 409 when already in the pool")
    public Response create(NewExpert request, @Context UriInfo uri) {
        ExpertView created = experts.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "The pool, paged; ?discipline= a code or code prefix (PROGRAM_OFFICER)")
    public Page<ExpertView> list(@QueryParam("discipline") String discipline, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return experts.list(discipline, PageRequest.of(page, size));
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own expert profile (EXPERT)")
    public ExpertView mine() {
        return experts.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One expert (PROGRAM_OFFICER, or the expert themself)")
    public ExpertView find(@PathParam("id") long id) {
        return experts.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a profile (PROGRAM_OFFICER, or the expert their own); \"version\" the version read (409 when stale)")
    public ExpertView update(@PathParam("id") long id, NewExpert request) {
        return experts.update(id, request);
    }

    @POST
    @Path("{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest (EXPERT, own profile) with one application, organization or person",
            description = "{\"applicationId\"?|\"organizationId\"?|\"personId\"?,\"reason\"} → 201; unsubmitted reviews it touches are "
                    + "withdrawn and replacements drawn (\"replacedReviews\")")
    public Response declare(@PathParam("id") long id, NewConflict request, @Context UriInfo uri) {
        ConflictView declared = experts.declare(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(declared.id()).build()).entity(declared).build();
    }

    @GET
    @Path("{id}/conflicts")
    @Operation(summary = "The conflicts an expert declared (the expert, or PROGRAM_OFFICER)")
    public List<ConflictView> conflicts(@PathParam("id") long id) {
        return experts.conflicts(id);
    }
}
