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
import org.tianshan.grants.platform.boundary.AccountChange;
import org.tianshan.grants.platform.boundary.AccountView;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.NewAccount;

@Path("users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @POST
    @Operation(summary = "Create a user account (ADMIN)",
            description = "Password: 8-128 characters mixing three of lower, upper, digits, others. 409 if the username exists.")
    public Response create(NewAccount request, @Context UriInfo uri) {
        AccountView created = accounts.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "All user accounts, paged (ADMIN)")
    public Page<AccountView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return accounts.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public AccountView find(@PathParam("id") long id) {
        return accounts.find(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user account (ADMIN); a newPassword also lifts a lockout")
    public AccountView revise(@PathParam("id") long id, AccountChange change) {
        return accounts.revise(id, change);
    }
}
