package org.tianshan.grants.project.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which font the contract PDF embeds: the configured file, never silently another; else the Debian packages'. */
class CjkFontTest {

    @Test
    void aConfiguredFileIsUsedAndAConfiguredButMissingOneIsNoFont() throws IOException {
        Path font = Files.createTempFile("cjk-", ".ttf");
        try {
            assertEquals(Optional.of(font), CjkFont.locate(Optional.of(font.toString())));
            assertEquals(Optional.empty(), CjkFont.locate(Optional.of("/nonexistent/simsun.ttc")),
                    "a wrong setting is reported (503), not replaced by a default");
        } finally {
            Files.delete(font);
        }
    }

    @Test
    void withoutASettingTheFirstInstalledPackageFontIsFound() {
        assertEquals(CjkFont.DEFAULTS.stream().filter(Files::isReadable).findFirst(),
                CjkFont.locate(Optional.empty()).filter(CjkFont.DEFAULTS::contains));
    }
}
