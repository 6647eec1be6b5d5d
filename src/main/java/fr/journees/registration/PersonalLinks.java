package fr.journees.registration;

import org.springframework.stereotype.Component;

import fr.journees.base.web.PublicAddress;

/** A participant's personal link and what hangs under it, on the site's public address. */
@Component
public class PersonalLinks {

    private final PublicAddress address;

    PersonalLinks(PublicAddress address) {
        this.address = address;
    }

    /** The personal page, relative to the site: what the routes and the security rules match. */
    public static String path(String token) {
        return "/r/" + token;
    }

    public String page(String token) {
        return address.root() + path(token);
    }

    public String agenda(String token) {
        return page(token) + "/agenda.ics";
    }

    /** The survey after the day, answered from the thank-you mail. */
    public String survey(String token) {
        return page(token) + "/enquete";
    }

    public String certificate(String token) {
        return page(token) + "/attestation.pdf";
    }
}
