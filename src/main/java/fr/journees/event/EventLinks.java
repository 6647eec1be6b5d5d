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

    /** The published banque de projets, as PDF ("pdf") or spreadsheet ("xlsx"), relative to the site. */
    public static String banquePath(String slug, String extension) {
        return "/e/" + slug + "/banque-de-projets." + extension;
    }

    /** The day's own logo (the Documents tab's), relative to the site. */
    public static String logoPath(String slug) {
        return "/e/" + slug + "/logo";
    }

    /** The logo of one of the day's organisations, relative to the site. */
    public static String organisationLogoPath(String slug, long organisationId) {
        return "/e/" + slug + "/organisations/" + organisationId + "/logo";
    }

    /** The read-only restitution board shared by its secret token, relative to the site. */
    public static String publicBoardPath(String token) {
        return "/tableau/" + token;
    }
}
