package fr.journees.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute addresses of the public pages, feeds and API resources, on the configured public URL. */
@Component
class ApiLinks {

    private final String root;

    ApiLinks(@Value("${journees.public-url:http://localhost:8080}") String publicUrl) {
        this.root = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String eventPage(String slug) {
        return root + "/e/" + slug;
    }

    String registrationForm(String slug) {
        return root + "/e/" + slug + "/inscription";
    }

    String programme(String slug) {
        return root + "/e/" + slug + "/programme.ics";
    }

    String event(String slug) {
        return root + "/api/v1/events/" + slug;
    }

    String registrations(String slug) {
        return event(slug) + "/registrations";
    }

    String personalPage(String token) {
        return root + "/r/" + token;
    }

    String agenda(String token) {
        return root + "/r/" + token + "/agenda.ics";
    }

    String registration(String token) {
        return root + "/api/v1/registrations/" + token;
    }
}
