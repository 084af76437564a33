package org.tianshan.grants.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A discipline code; also the body of {@code POST /disciplines}. */
public record DisciplineView(
        @NotBlank @Pattern(regexp = DisciplineView.CODE_PATTERN, message = "a GB/T 13745 code: 3, 5 or 7 digits") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String nameEn,
        @Pattern(regexp = "\\d{3}(\\d{2})?", message = "a GB/T 13745 code of 3 or 5 digits") String parentCode) {

    /** A GB/T 13745 discipline code: 3, 5 or 7 digits (each level adds two). */
    public static final String CODE_PATTERN = "\\d{3}(\\d{2}(\\d{2})?)?";
}
