package org.tianshan.grants.platform.boundary;

import org.tianshan.grants.kernel.Role;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in: {@code GET /me}, and what the security mechanism hands to the container. */
public record Caller(String id, String username, String displayName, Set<Role> roles, String organizationId)
        implements Serializable {
}
