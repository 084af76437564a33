package org.tianshan.grants.review.control;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Keywords compare case-insensitively after trimming; normalising once on the way in keeps the comparison a set lookup. */
final class Keywords {

    private Keywords() {
    }

    static Set<String> normalized(Set<String> keywords) {
        if (keywords == null || keywords.isEmpty()) {
            return Set.of();
        }
        Set<String> normalized = new HashSet<>();
        for (String keyword : keywords) {
            if (keyword != null && !keyword.isBlank()) {
                normalized.add(keyword.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(normalized);
    }
}
