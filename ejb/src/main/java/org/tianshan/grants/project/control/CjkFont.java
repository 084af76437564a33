package org.tianshan.grants.project.control;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the CJK TrueType font the contract PDF embeds (no such font is published on Maven Central, so it
 * comes from the server's system): the configured file ({@code tianshan/pdfFont}, see
 * {@code platform.control.Settings#pdfFont}) when set, otherwise the first present of the usual Debian
 * font packages (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-noto-cjk, fonts-arphic-*).
 */
public final class CjkFont {

    /** The setting that names the font file; the 503 answer when none is found tells the operator to set it. */
    public static final String SETTING = "tianshan/pdfFont (JNDI) or -Dtianshan.pdf.font=<path of a CJK .ttf/.ttc>";

    static final List<Path> DEFAULTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
    static final Path ARPHIC = Path.of("/usr/share/fonts/truetype/arphic");

    private CjkFont() {
    }

    /**
     * The font file to use: the configured one if it is a readable file (a configured but unreadable path
     * is empty, not silently replaced), else the first default present.
     */
    public static Optional<Path> locate(Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            Path path = Path.of(configured.get().strip());
            return Files.isRegularFile(path) && Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path candidate : DEFAULTS) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate);
            }
        }
        if (Files.isDirectory(ARPHIC)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(ARPHIC, "*.tt[cf]")) {
                for (Path f : files) {
                    if (Files.isReadable(f)) {
                        return Optional.of(f);
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
