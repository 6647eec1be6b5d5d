package fr.journees.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/** French first, English second; the choice is remembered in a cookie. */
public final class Languages {

    public static final Locale DEFAULT = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    static final String COOKIE = "journees-lang";

    private Languages() {
    }

    static Locale fromRequest(VaadinRequest request) {
        var cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue()).orElse(DEFAULT);
                }
            }
        }
        return DEFAULT;
    }

    static Optional<Locale> parse(String tag) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
    }

    /** Switches the current session to the language and reloads the page so every text follows. */
    public static void switchTo(Locale locale) {
        var session = VaadinSession.getCurrent();
        session.setLocale(locale);
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
