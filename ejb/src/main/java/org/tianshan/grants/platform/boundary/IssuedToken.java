package org.tianshan.grants.platform.boundary;

import org.tianshan.grants.kernel.Role;

import java.time.Instant;
import java.util.Set;

/** {@code POST /auth/token} → {@code {"token","expiresAt","roles"}}. */
public record IssuedToken(String token, Instant expiresAt, Set<Role> roles) {
}
