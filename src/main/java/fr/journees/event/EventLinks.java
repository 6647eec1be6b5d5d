package fr.journees.event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public addresses of a day (DESIGN.md's public contract), on the configured public address. */
@Component
public class EventLinks {

    private final String root;

    EventLinks(@Value("${journees.public-url:http://localhost:8080}") String publicUrl) {
        this.root = publicUrl.replaceAll("/+$", "");
    }

    public String page(String slug) {
        return root + "/e/" + slug;
    }

    public String registrationForm(String slug) {
        return page(slug) + "/inscription";
    }

    /** The day's privacy notice (a server-rendered page of the privacy feature). */
    public static String privacyNoticePath(String slug) {
        return "/e/" + slug + "/confidentialite";
    }

    public String privacyNotice(String slug) {
        return root + privacyNoticePath(slug);
    }

    public String programme(String slug) {
        return page(slug) + "/programme.ics";
    }
}
