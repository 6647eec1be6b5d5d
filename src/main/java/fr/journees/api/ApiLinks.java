package fr.journees.api;

import org.springframework.stereotype.Component;

import fr.journees.event.EventLinks;
import fr.journees.registration.PersonalLinks;

/** Absolute addresses of the public pages, feeds and API resources, on the configured public URL. */
@Component
class ApiLinks {

    private final fr.journees.base.web.PublicAddress address;
    private final EventLinks eventLinks;
    private final PersonalLinks personalLinks;

    ApiLinks(fr.journees.base.web.PublicAddress address, EventLinks eventLinks,
             PersonalLinks personalLinks) {
        this.address = address;
        this.eventLinks = eventLinks;
        this.personalLinks = personalLinks;
    }

    String eventPage(String slug) {
        return eventLinks.page(slug);
    }

    String registrationForm(String slug) {
        return eventLinks.registrationForm(slug);
    }

    String programme(String slug) {
        return eventLinks.programme(slug);
    }

    String event(String slug) {
        return address.root() + "/api/v1/events/" + slug;
    }

    String registrations(String slug) {
        return event(slug) + "/registrations";
    }

    String personalPage(String token) {
        return personalLinks.page(token);
    }

    String agenda(String token) {
        return personalLinks.agenda(token);
    }

    String registration(String token) {
        return address.root() + "/api/v1/registrations/" + token;
    }
}
