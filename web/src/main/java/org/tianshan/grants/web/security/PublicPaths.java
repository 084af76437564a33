package org.tianshan.grants.web.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What anyone may reach without signing in: the API paths of API.md's "anyone", and the screens
 * (Faces views) of the allow-list — sign-in, the published calls, the error page — with the Faces
 * resources they load. Every other Faces view needs a signed-in user (deny by default).
 */
final class PublicPaths {

    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/token");
    /** The public notices (公示) are read by anyone: the list and one notice by its number. */
    private static final Pattern PUBLIC_READS = Pattern.compile("GET /api/v1/public-notices(/\\d{1,19})?");

    private static final Set<String> PUBLIC_SCREENS = Set.of(
            "", "/", "/index.xhtml", "/login.xhtml", "/error.xhtml", "/calls.xhtml", "/call.xhtml",
            "/notices.xhtml");
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private PublicPaths() {
    }

    static boolean isPublic(String method, String path) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return PUBLIC.contains(method + " " + normalized) || PUBLIC_READS.matcher(method + " " + normalized).matches();
    }

    /** A Faces view (the {@code *.xhtml} mapping); {@code path} is the servlet path, decoded and without path parameters. */
    static boolean isScreen(String path) {
        return path.endsWith(".xhtml");
    }

    /** A screen on the allow-list, or a Faces resource (stylesheets, scripts) of one. */
    static boolean isPublicScreen(String path) {
        return PUBLIC_SCREENS.contains(path) || path.startsWith(FACES_RESOURCES);
    }
}
