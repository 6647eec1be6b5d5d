package fr.journees.base.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a public page: {@code ?lang=} when given (then remembered in the same cookie as the
 * back-office's language switch), else that cookie, else the browser's Accept-Language; French by default.
 */
public final class PublicLanguage {

    public static final String COOKIE = "journees-lang";
    private static final List<String> SUPPORTED = List.of("fr", "en");

    private PublicLanguage() {
    }

    public static Locale of(HttpServletRequest request, HttpServletResponse response) {
        var asked = request.getParameter("lang");
        if (asked != null) {
            var language = "en".equalsIgnoreCase(asked) ? "en" : "fr";
            var cookie = new Cookie(COOKIE, language);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            return Locale.forLanguageTag(language);
        }
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Locale.forLanguageTag(fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "fr";
        }
        try {
            var best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return "en".equals(best) ? "en" : "fr";
        } catch (IllegalArgumentException malformed) {
            return "fr";
        }
    }
}
