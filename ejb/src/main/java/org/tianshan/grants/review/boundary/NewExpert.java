package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /experts} and {@code PUT /experts/{id}}: the account (an EXPERT; on PUT it is ignored),
 * disciplines (GB/T 13745 codes in the reference data, at least one), keywords, title, region and the
 * availability window. {@code active} defaults to true; {@code version} on PUT is the version read.
 */
public record NewExpert(
        @Size(max = 20) String userId,
        @NotNull @Size(min = 1, max = 10, message = "one to ten discipline codes") List<@NotNull @Pattern(regexp = "\\d{3}(\\d{2}(\\d{2})?)?") String> disciplines,
        @Size(max = 20) List<@NotNull @Size(min = 1, max = 60) String> keywords,
        @Size(max = 100) String title,
        @Size(max = 20) String region,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Boolean active,
        Long version) {
}
