package org.tianshan.grants.web.security;

import jakarta.security.enterprise.credential.Credential;

/** An API bearer token presented in {@code Authorization: Bearer <token>}. */
public record BearerTokenCredential(String token) implements Credential {
}
