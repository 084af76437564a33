package org.tianshan.grants.kernel;

/** Ids travel as strings in the API (API.md); a malformed one is the caller's mistake (400), never a 500. */
public final class Ids {

    private Ids() {
    }

    /** The id in {@code value}; 400 naming {@code field} when it is missing or not a positive number. */
    public static long parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "required");
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(field, "not an id: " + value);
    }

    /** Like {@link #parse} but null or blank means none. */
    public static Long optional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }
}
