package org.tianshan.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.web.Problem;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates every request through the identity stores ({@link AccountIdentityStore}: accounts in
 * the database, API tokens). The API is stateless (bearer or Basic on each request, no session);
 * the screens sign in through the login form ({@code SecurityContext.authenticate}) and keep the
 * caller in the HTTP session, replicated in a cluster like any session attribute.
 */
@ApplicationScoped
public class TianshanAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "tianshan.caller";
    private static final Logger LOG = Logger.getLogger(TianshanAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return path.startsWith("/api/") ? api(request, response, context, path) : screens(request, context);
        } catch (RuntimeException e) {
            // e.g. two failed logins racing on one account's counter: refuse this attempt, never a 500
            LOG.log(Level.WARNING, "Sign-in failed unexpectedly", e);
            return path.startsWith("/api/") ? unauthorized(response, "Sign-in could not be completed; try again")
                    : context.responseUnauthorized();
        }
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                     String path) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return PublicPaths.isPublic(request.getMethod(), path) ? context.doNothing()
                    : unauthorized(response, "Sign in first: POST /api/v1/auth/token, then Authorization: Bearer <token>");
        }
        Optional<Credential> credential;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            credential = Optional.of(new BearerTokenCredential(header.substring(7).strip()));
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            credential = basic(header.substring(6).strip());
        } else {
            return unauthorized(response, "Unsupported Authorization scheme; use Bearer or Basic");
        }
        return credential.flatMap(this::validate).map(result -> context.notifyContainerAboutLogin(result))
                .orElseGet(() -> unauthorized(response, "The token or the credentials are not valid (expired, wrong or locked)"));
    }

    private static Optional<Credential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The identity stores' verdict, when it is VALID. */
    private Optional<CredentialValidationResult> validate(Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        return result.getStatus() == CredentialValidationResult.Status.VALID ? Optional.of(result) : Optional.empty();
    }

    private AuthenticationStatus screens(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            Optional<CredentialValidationResult> result = validate(form);
            if (result.isEmpty() || !(result.get().getCallerPrincipal() instanceof AccountIdentityStore.CallerPrincipalOf principal)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();   // a fresh id at sign-in (no session fixation), keeping the chosen language
            }
            request.getSession(true).setAttribute(SESSION_CALLER, principal.caller());
            return context.notifyContainerAboutLogin(result.get());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(AccountIdentityStore.result(caller));
        }
        // deny by default: a Faces view outside the public list needs a signed-in user, whatever web.xml says
        String view = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (context.isProtected() || (PublicPaths.isScreen(view) && !PublicPaths.isPublicScreen(view))) {
            // the whole address, query included, so that e.g. "apply to call 7" survives the sign-in
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tianshan\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(401, "NOT_AUTHENTICATED", detail));
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
