/**
 * Sign-in: one {@link jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism}
 * for both faces of the application — bearer tokens and HTTP Basic for {@code /api/v1} (401
 * problem+json without them), a form and a session for the screens — validating every credential
 * through the identity store {@link org.tianshan.grants.web.security.AccountIdentityStore}: accounts
 * in the database with PBKDF2 hashes (lockout after repeated failures), and API tokens. Its groups
 * are the roles of DESIGN.md §1.
 */
package org.tianshan.grants.web.security;
