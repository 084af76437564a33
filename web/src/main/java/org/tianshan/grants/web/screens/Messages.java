package org.tianshan.grants.web.screens;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up screen texts in the bundle of the current locale and adds Faces messages. */
public final class Messages {

    public static final String BUNDLE = "org.tianshan.grants.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader()).containsKey(key);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }
}
