/**
 * Sign-in: one {@link jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism}
 * for both faces of the application — bearer tokens and HTTP Basic for {@code /api/v1} (401
 * problem+json without them), a form and a session for the screens. Credentials are checked by the
 * platform's {@code Authentication} boundary (PBKDF2 hashes, lockout after repeated failures).
 */
package org.tianshan.grants.web.security;
