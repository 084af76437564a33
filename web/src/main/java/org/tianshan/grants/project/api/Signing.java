package org.tianshan.grants.project.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.tianshan.grants.kernel.InvalidInput;

import java.util.Optional;

/**
 * The optional body of {@code POST /projects/{id}/contract/sign}: API.md's sign takes no body, and the
 * caller signs for the party they stand for; {@code {"role":"PI|UNIT|BUREAU"}} chooses when they could sign
 * for several.
 */
public record Signing(String role) {

    private static final Jsonb JSON = JsonbBuilder.create();

    static Optional<String> role(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            Signing signing = JSON.fromJson(body, Signing.class);
            return signing == null ? Optional.empty() : Optional.ofNullable(signing.role());
        } catch (JsonbException e) {
            throw new InvalidInput("body", "not a JSON object like {\"role\": \"PI\"}");
        }
    }
}
