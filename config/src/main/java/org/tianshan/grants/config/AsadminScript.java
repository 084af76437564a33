package org.tianshan.grants.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an asadmin script: one command a line, {@code #} comments, {@code ${name}} placeholders.
 * A placeholder inside a {@code --property} list is escaped the way asadmin wants ({@code :} and
 * {@code =} as {@code \:} and {@code \=}), so a password with those characters survives; an
 * empty value becomes {@code ()}, asadmin's empty string (it refuses {@code name=}).
 */
final class AsadminScript {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private AsadminScript() {
    }

    static List<List<String>> parse(String script, Map<String, String> values) {
        List<List<String>> commands = new ArrayList<>();
        for (String raw : script.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : line.split("\\s+")) {
                words.add(substitute(word, values));
            }
            commands.add(words);
        }
        return commands;
    }

    static String substitute(String word, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(word);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("asadmin script uses ${" + m.group(1) + "}, which has no value");
            }
            if (value.isEmpty()) {
                value = "()";   // asadmin's empty value: it refuses "password=" and a pool without a password
                m.appendReplacement(out, Matcher.quoteReplacement(value));
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
