package org.tianshan.grants.web;

import jakarta.ws.rs.core.Response;
import org.tianshan.grants.kernel.Violation;

import java.util.List;

/**
 * The body of every error answer (RFC 9457 problem details plus {@code violations}).
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String code, String detail, List<Violation> violations) {
        Problem problem = new Problem("urn:tianshan:problem:" + code.toLowerCase().replace('_', '-'), title(status),
                status, detail, violations);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 503 -> "Service Unavailable";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    /** The problem+json text for places outside JAX-RS (the authentication mechanism). */
    public static String json(int status, String code, String detail) {
        return "{\"type\":\"urn:tianshan:problem:" + code.toLowerCase().replace('_', '-') + "\",\"title\":\"" + title(status)
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"violations\":[]}";
    }
}
