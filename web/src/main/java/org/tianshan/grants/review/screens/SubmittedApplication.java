package org.tianshan.grants.review.screens;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The application as its reviewer reads it: taken from the frozen submitted version that
 * {@code Reviews.find} returns, into plain values a view-scoped screen can keep. The boundary has
 * already left out the applicant's exclusion list; nothing here names an expert.
 */
public record SubmittedApplication(String title, String abstractText, List<String> keywords, String discipline,
                                   String piUsername, String hostOrganizationId, List<Member> team, List<Line> budget,
                                   String total, String selfRaised, Instant submittedAt, int version, String contentHash)
        implements Serializable {

    /** A team member by account id and role (CO_PI, MEMBER, STUDENT). */
    public record Member(String userId, String role) implements Serializable {
    }

    /** A budget line: category and amount in yuan. */
    public record Line(String category, String amount) implements Serializable {
    }

    /** Null when the review came without its application (a list row, or no frozen version). */
    static SubmittedApplication of(JsonObject json) {
        if (json == null) {
            return null;
        }
        return new SubmittedApplication(text(json, "title"), text(json, "abstract"), texts(json.get("keywords")),
                text(json, "discipline"), text(json, "piUsername"), text(json, "hostOrganizationId"),
                objects(json.get("team")).stream().map(m -> new Member(text(m, "userId"), text(m, "role"))).toList(),
                objects(json.get("budget")).stream().map(b -> new Line(text(b, "category"), text(b, "amount"))).toList(),
                text(json, "total"), text(json, "selfRaised"), instant(text(json, "submittedAt")),
                json.containsKey("frozenVersion") && json.get("frozenVersion").getValueType() == JsonValue.ValueType.NUMBER
                        ? json.getInt("frozenVersion") : 0,
                text(json, "contentHash"));
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    /** JSON-B writes an Instant as ISO-8601, with or without an offset; anything else is left out. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static List<String> texts(JsonValue value) {
        return value instanceof JsonArray array
                ? array.stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList()
                : List.of();
    }

    private static List<JsonObject> objects(JsonValue value) {
        return value instanceof JsonArray array
                ? array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList()
                : List.of();
    }
}
