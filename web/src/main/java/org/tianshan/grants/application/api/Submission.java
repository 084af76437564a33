package org.tianshan.grants.application.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.tianshan.grants.kernel.InvalidInput;

/**
 * The optional body of {@code POST /applications/{id}/submit}. API.md's submit takes no body, and a
 * client that submits signs the pledge; a body may say {@code "pledgeAccepted": false} to refuse it.
 */
public record Submission(Boolean pledgeAccepted) {

    private static final Jsonb JSON = JsonbBuilder.create();

    static Submission parse(String body) {
        if (body == null || body.isBlank()) {
            return new Submission(true);
        }
        try {
            Submission submission = JSON.fromJson(body, Submission.class);
            return new Submission(submission == null || submission.pledgeAccepted() == null || submission.pledgeAccepted());
        } catch (JsonbException e) {
            throw new InvalidInput("body", "not a JSON object like {\"pledgeAccepted\": true}");
        }
    }
}
