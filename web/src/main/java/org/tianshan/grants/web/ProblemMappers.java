package org.tianshan.grants.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.kernel.Violation;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one mapping of failures to problem+json. Bad input is a 400 with {@code violations}, never a
 * 500; only a real fault of the server is a 500, and it is logged.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response of(BusinessException e) {
        return Problem.response(e.status(), e.code(), e.getMessage(), e.violations());
    }

    /** A business refusal thrown by a boundary (it may arrive wrapped by the EJB container). */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return of(e);
        }
    }

    /** Bean Validation of a request body or of a boundary's parameters. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return Problem.response(400, "INVALID_INPUT", "The request is not valid", violations(e));
        }
    }

    /** Malformed JSON, a wrong type, an unknown enum value. */
    @Provider
    public static class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "MALFORMED_JSON", "The body is not valid JSON of the expected shape",
                    List.of(new Violation("body", rootMessage(e))));
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "MALFORMED_JSON", "The body could not be read",
                    List.of(new Violation("body", rootMessage(e))));
        }
    }

    /** JAX-RS's own answers (unknown path 404, wrong method 405, bad parameter 404/400, …) as problem+json. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException json) {
                return new Json().toResponse(json);
            }
            String detail = status == 404 ? "No such resource" : String.valueOf(e.getMessage());
            return Problem.response(status, "HTTP_" + status, detail, List.of());
        }
    }

    /**
     * What the EJB container wraps: a lacking role (403, or 401 without a caller), a stale version
     * (409), or a business exception it did not recognise as such.
     */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {

        @Inject
        SecurityContext security;

        @Override
        public Response toResponse(EJBException e) {
            if (e instanceof EJBAccessException) {
                return security.getCallerPrincipal() == null
                        ? Problem.response(401, "NOT_AUTHENTICATED", "Sign in first", List.of())
                        : Problem.response(403, "FORBIDDEN", "Your roles do not allow this", List.of());
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BusinessException business) {
                    return of(business);
                }
                if (c instanceof ConstraintViolationException violations) {
                    return new Validation().toResponse(violations);
                }
                if (c instanceof OptimisticLockException) {
                    return Problem.response(409, "STALE_VERSION", "Someone else changed this record; reload and try again", List.of());
                }
                if (c instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    return duplicate();
                }
                if (c instanceof java.sql.SQLTransactionRollbackException) {
                    return busy();
                }
            }
            return unexpected(e);
        }
    }

    @Provider
    public static class Persistence implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            if (e instanceof OptimisticLockException) {
                return Problem.response(409, "STALE_VERSION", "Someone else changed this record; reload and try again", List.of());
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    return duplicate();
                }
                if (c instanceof java.sql.SQLTransactionRollbackException) {
                    return busy();
                }
            }
            return unexpected(e);
        }
    }

    /** A unique key refused a concurrent twin of a write that just succeeded: the request lost a race. */
    /**
     * The database chose this request as a deadlock victim or timed it out on a lock: nothing was written
     * (the transaction rolled back), and the same request may simply be sent again.
     */
    static Response busy() {
        Response problem = Problem.response(503, "BUSY", "The request met a concurrent one and was rolled back; nothing was changed. "
                + "Send it again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }

    static Response duplicate() {
        return Problem.response(409, "DUPLICATE", "A concurrent request already did this; reload to see the result", List.of());
    }

    static Response unexpected(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return Problem.response(500, "INTERNAL", "An unexpected error occurred; it has been logged", List.of());
    }

    static List<Violation> violations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    /** {@code create.arg0.name} → {@code name}: the path inside the body, as the client sent it. */
    private static String field(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    // the boundary method and its parameter: not part of the body
                }
                default -> {
                    // a node inside a list or map carries its index or key: it belongs to the parent ("team[0].role")
                    if (node.isInIterable()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        field.append('[').append(at == null ? "" : at).append(']');
                    }
                    if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                        continue;   // "<list element>" of a constraint on a type argument
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
