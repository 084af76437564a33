package org.tianshan.grants.web.screens;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The screen language of this session: Simplified Chinese unless the user switches to English. */
@Named("locale")
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale current = CHINESE;

    public Locale getCurrent() {
        return current;
    }

    public String getLanguageTag() {
        return current.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(current.getLanguage());
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String tag) {
        current = "en".equals(tag) ? Locale.ENGLISH : CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(current);
    }
}
