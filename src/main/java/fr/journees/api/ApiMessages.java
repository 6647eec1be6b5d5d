package fr.journees.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** The API's texts, French first; a client asking for English (Accept-Language) gets English. */
@Component
public class ApiMessages {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    ApiMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** "en" when the client prefers English to French, "fr" otherwise. */
    public static Locale language(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), java.util.List.of(FRENCH, ENGLISH));
            return match == null ? FRENCH : match;
        } catch (IllegalArgumentException e) {
            return FRENCH;
        }
    }

    public String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The same text in both languages, for clients that show either. */
    public Map<String, String> both(String key, Object... args) {
        var both = new LinkedHashMap<String, String>();
        both.put("fr", get(key, FRENCH, args));
        both.put("en", get(key, ENGLISH, args));
        return both;
    }
}
