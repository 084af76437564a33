package org.tianshan.grants.notification.control;

import org.tianshan.grants.kernel.BusinessTime;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes an expert's mails from the same bundle as {@link Letters} (keys {@code subject.REVIEW_*},
 * {@code status.REVIEW_*}, {@code review.*}): how many new review tasks a run gave them, for which call,
 * until when; or which review's deadline draws near. Each ends with the link to the expert's task list.
 * They name the call and, in a reminder, the application under review: the expert's own tasks, never
 * another expert, and they go to experts only.
 */
public final class ReviewLetters {

    /** Where an expert finds their review tasks, below the installation's public address. */
    public static final String TASKS_PATH = "/expert/reviews.xhtml";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    private ReviewLetters() {
    }

    /** The link to the task list under a public address such as {@code https://grants.example.cn/} (trailing slashes dropped). */
    public static String tasksLink(String publicUrl) {
        return publicUrl.strip().replaceAll("/+$", "") + TASKS_PATH;
    }

    /** The mail announcing {@code count} new review tasks of one call, due at {@code dueAt}. */
    public static Letter assigned(String expertName, long count, String callTitle, Instant dueAt, String link, Locale locale) {
        ResourceBundle texts = texts(locale);
        String call = title(texts, callTitle);
        String amount = Long.toString(count);   // as text: a number argument would be grouped (1,500); the number chooses the wording
        String subject = format(texts, locale, "subject.format", format(texts, locale, "subject.REVIEW_ASSIGNED", count, call, amount));
        String body = format(texts, locale, "body.greeting", expertName) + "\n\n"
                + format(texts, locale, "status.REVIEW_ASSIGNED", call, count, amount) + '\n'
                + format(texts, locale, "review.due", TIME.format(dueAt)) + "\n\n"
                + format(texts, locale, "review.link", link) + "\n\n"
                + texts.getString("review.footer") + '\n';
        return new Letter(oneLine(subject), body);
    }

    /** The reminder that one review, of an application of a call, is due at {@code dueAt} and not yet submitted. */
    public static Letter due(String expertName, String callTitle, String applicationTitle, Instant dueAt, String link, Locale locale) {
        ResourceBundle texts = texts(locale);
        String call = title(texts, callTitle);
        String application = title(texts, applicationTitle);
        String subject = format(texts, locale, "subject.format", format(texts, locale, "subject.REVIEW_DUE", application));
        String body = format(texts, locale, "body.greeting", expertName) + "\n\n"
                + format(texts, locale, "status.REVIEW_DUE", call, application) + '\n'
                + format(texts, locale, "review.due", TIME.format(dueAt)) + "\n\n"
                + format(texts, locale, "review.link", link) + "\n\n"
                + texts.getString("review.footer") + '\n';
        return new Letter(oneLine(subject), body);
    }

    private static ResourceBundle texts(Locale locale) {
        // as Letters: no fallback to the JVM's locale, the base bundle is the Chinese one
        return ResourceBundle.getBundle(Letters.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String title(ResourceBundle texts, String title) {
        return title == null || title.isBlank() ? texts.getString("title.none") : title.strip();
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
