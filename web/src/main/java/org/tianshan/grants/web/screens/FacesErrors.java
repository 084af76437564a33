package org.tianshan.grants.web.screens;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.kernel.Violation;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a boundary call from a screen and turns a refusal into Faces messages: the code's text from
 * the bundle ({@code error.<CODE>}) and one message per violation, so a user sees why, never a stack trace.
 */
public final class FacesErrors {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());
    /** {@code items[2].amount}: the list, the index, the field of the item. */
    private static final Pattern LIST_ITEM = Pattern.compile("(\\w+)\\[(\\d{1,6})]\\.(\\w+)");

    private FacesErrors() {
    }

    /** The call's result, or null after showing why it was refused. */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (BusinessException e) {
            show(e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> add(v.getPropertyPath() + ": " + v.getMessage()));
        } catch (EJBAccessException e) {
            Messages.error("error.FORBIDDEN");
        } catch (EJBException e) {
            Throwable c = e;
            while (c != null && !(c instanceof BusinessException) && !(c instanceof OptimisticLockException)) {
                c = c.getCause();
            }
            if (c instanceof BusinessException business) {
                show(business);
            } else if (c instanceof OptimisticLockException) {
                Messages.error("error.STALE_VERSION");
            } else {
                LOG.log(Level.SEVERE, "Unexpected failure on a screen", e);
                Messages.error("error.INTERNAL");
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    /** For calls without a result: true when it went through. */
    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    public static void show(BusinessException e) {
        String key = "error." + e.code();
        add(Messages.has(key) ? Messages.text(key) : e.getMessage());
        for (Violation v : e.violations()) {
            add(label(v.field()) + ": " + v.message());
        }
    }

    /**
     * A rule code or a field as the screen names it: {@code rule.<CODE>}, then {@code field.<name>}; a list
     * item such as {@code items[2].amount} by {@code field.items.amount} with its position (3); else as is.
     */
    private static String label(String field) {
        for (String key : new String[] {"rule." + field, "field." + field}) {
            if (Messages.has(key)) {
                return Messages.text(key);
            }
        }
        Matcher item = LIST_ITEM.matcher(field == null ? "" : field);
        if (item.matches() && Messages.has("field." + item.group(1) + "." + item.group(3))) {
            return Messages.text("field." + item.group(1) + "." + item.group(3), Integer.parseInt(item.group(2)) + 1);
        }
        return field;
    }

    private static void add(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
