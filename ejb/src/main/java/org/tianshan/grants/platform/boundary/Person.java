package org.tianshan.grants.platform.boundary;

import java.time.LocalDate;

/** A person as other contexts see them: who, which organization, born when (for age-limited programmes). */
public record Person(String id, String username, String displayName, String organizationId, LocalDate birthDate) {
}
