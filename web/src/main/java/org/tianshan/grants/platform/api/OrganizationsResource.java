package org.tianshan.grants.platform.api;

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
import org.tianshan.grants.platform.boundary.NewOrganization;
import org.tianshan.grants.platform.boundary.OrganizationChange;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;

@Path("organizations")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    Organizations organizations;

    @POST
    @Operation(summary = "Register an organization (ADMIN)",
            description = "The credit code must be a valid 18-character unified social credit code; 409 if already registered.")
    public Response create(NewOrganization request, @Context UriInfo uri) {
        OrganizationView created = organizations.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All organizations, paged (any signed-in user)")
    public Page<OrganizationView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return organizations.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public OrganizationView find(@PathParam("id") long id) {
        return organizations.find(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organization (ADMIN); send the version you read (409 when stale)")
    public OrganizationView revise(@PathParam("id") long id, OrganizationChange change) {
        return organizations.revise(id, change);
    }
}
