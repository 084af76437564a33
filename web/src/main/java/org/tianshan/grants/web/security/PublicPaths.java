package org.tianshan.grants.web.security;

import java.util.Set;

/** The API paths anyone may call without signing in (API.md "anyone"). */
final class PublicPaths {

    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/token");

    private PublicPaths() {
    }

    static boolean isPublic(String method, String path) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return PUBLIC.contains(method + " " + normalized);
    }
}
