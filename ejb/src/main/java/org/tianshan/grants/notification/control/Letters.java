package org.tianshan.grants.notification.control;

import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the mail for a notice from the bundle {@code org/tianshan/grants/notification/mail*.properties}:
 * Simplified Chinese by default, English where asked. The subject names the application's title and
 * what happened; the body adds its number, the decision, the reasons as given and the time (Beijing
 * time). No text is in the code.
 */
public final class Letters {

    /** The language of the mails until accounts carry a preferred language. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    static final String BUNDLE = "org.tianshan.grants.notification.mail";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    private Letters() {
    }

    /**
     * The mail telling the recipient of this notice.
     *
     * @param title         the application's title (may be blank)
     * @param recipientName how to greet the recipient
     */
    public static Letter write(Notice notice, NotificationKind kind, String title, String recipientName, Locale locale) {
        // No fallback to the JVM's default locale: the base bundle is the Chinese one, whatever the server's locale.
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String shownTitle = title == null || title.isBlank() ? texts.getString("title.none") : title.strip();
        String subject = format(texts, locale, "subject.format", format(texts, locale, "subject." + kind.name(), shownTitle));

        StringBuilder body = new StringBuilder()
                .append(format(texts, locale, "body.greeting", recipientName)).append("\n\n")
                // the id as text: a number argument would be grouped (12,345)
                .append(format(texts, locale, "body.status", shownTitle, Long.toString(notice.applicationId()),
                        texts.getString("status." + kind.name()))).append('\n');
        if (kind.isDecision() && texts.containsKey("decision." + notice.decision())) {
            body.append(format(texts, locale, "body.decision", texts.getString("decision." + notice.decision()))).append('\n');
        }
        if (!notice.comment().isBlank()) {
            body.append(format(texts, locale, "body.comment", notice.comment().strip())).append('\n');
        }
        body.append(format(texts, locale, "body.time", TIME.format(notice.occurredAt()))).append("\n\n")
                .append(texts.getString("body.footer")).append('\n');
        return new Letter(oneLine(subject), body.toString());
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** A subject is one line, whatever the title holds. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
