package fr.journees.event;

import org.springframework.stereotype.Component;

import fr.journees.base.web.PublicAddress;

/** The public addresses of a day (DESIGN.md's public contract), on the site's public address. */
@Component
public class EventLinks {

    private final PublicAddress address;

    EventLinks(PublicAddress address) {
        this.address = address;
    }

    public String page(String slug) {
        return address.root() + "/e/" + slug;
    }

    public String registrationForm(String slug) {
        return page(slug) + "/inscription";
    }

    /** The day's privacy notice (a server-rendered page of the privacy feature). */
    public static String privacyNoticePath(String slug) {
        return "/e/" + slug + "/confidentialite";
    }

    public String privacyNotice(String slug) {
        return address.root() + privacyNoticePath(slug);
    }

    public String programme(String slug) {
        return page(slug) + "/programme.ics";
    }
}
