package org.tianshan.grants.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "The signed-in user: username, display name, roles, organization")
    public Caller me() {
        return accounts.me();
    }
}
