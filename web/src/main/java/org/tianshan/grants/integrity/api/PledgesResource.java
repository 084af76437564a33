package org.tianshan.grants.integrity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.integrity.boundary.PledgeText;
import org.tianshan.grants.integrity.boundary.Pledges;

@Path("pledges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PledgesResource {

    @Inject
    Pledges pledges;

    @GET
    @Path("{kind}")
    @Operation(summary = "The present wording of a pledge (SUBMISSION, CONTRACT): the binding Chinese text, an English reading aid, "
            + "its version and the SHA-256 that a signature records")
    public PledgeText text(@PathParam("kind") String kind) {
        return pledges.text(kind);
    }
}
