package org.tianshan.grants.project.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The words of the contract (任务书), from {@code org/tianshan/grants/project/contract-zh.properties}: the
 * contract is a Chinese legal document, so it has one language whatever the reader's screen language.
 */
public final class ContractWords {

    private static final Properties WORDS = load();

    private ContractWords() {
    }

    public static String of(String key, Object... args) {
        String pattern = WORDS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no contract word " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, java.util.Locale.CHINA).format(args);
    }

    /** The binding 军令状 text of CHALLENGE (揭榜挂帅) projects. */
    public static String challengePledge() {
        return resource("challenge-pledge-zh.txt");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ContractWords.class.getResourceAsStream("/org/tianshan/grants/project/contract-zh.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String resource(String name) {
        try (InputStream in = ContractWords.class.getResourceAsStream("/org/tianshan/grants/project/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
