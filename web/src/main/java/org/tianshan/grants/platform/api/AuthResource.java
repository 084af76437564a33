package org.tianshan.grants.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.platform.boundary.Authentication;
import org.tianshan.grants.platform.boundary.IssuedToken;

@Path("auth/token")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    @Inject
    Authentication authentication;

    @POST
    @Operation(summary = "Sign in: a bearer token valid for 8 hours",
            description = "401 for wrong credentials; five failures in a row lock the account for 15 minutes.")
    public IssuedToken token(@NotNull @Valid TokenRequest request) {
        return authentication.issueToken(request.username(), request.password());
    }
}
