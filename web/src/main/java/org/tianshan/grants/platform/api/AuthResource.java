package org.tianshan.grants.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.platform.boundary.Authentication;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.IssuedToken;

import java.util.ArrayList;
import java.util.List;

@Path("auth/token")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Checked here rather than by constraint annotations: see META-INF/microprofile-config.properties. */
    public record TokenRequest(String username, String password) {
    }

    @Inject
    Authentication authentication;

    @POST
    @Operation(summary = "Sign in: a bearer token valid for 8 hours",
            description = "401 for wrong credentials; five failures in a row lock the account for 15 minutes.")
    public IssuedToken token(TokenRequest request) {
        List<Violation> missing = new ArrayList<>();
        if (request == null || request.username() == null || request.username().isBlank()) {
            missing.add(new Violation("username", "must not be blank"));
        }
        if (request == null || request.password() == null || request.password().isEmpty()) {
            missing.add(new Violation("password", "must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return authentication.issueToken(request.username(), request.password());
    }
}
