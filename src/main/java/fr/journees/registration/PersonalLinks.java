package fr.journees.registration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A participant's personal link and what hangs under it, on the configured public address. */
@Component
public class PersonalLinks {

    private final String root;

    PersonalLinks(@Value("${journees.public-url:http://localhost:8080}") String publicUrl) {
        this.root = publicUrl.replaceAll("/+$", "");
    }

    /** The personal page, relative to the site: what the routes and the security rules match. */
    public static String path(String token) {
        return "/r/" + token;
    }

    public String page(String token) {
        return root + path(token);
    }

    public String agenda(String token) {
        return page(token) + "/agenda.ics";
    }
}
