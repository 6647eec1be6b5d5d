package fr.journees.security;

import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccessMatrix.Who;

/**
 * Real values for the parameters of every address: an open day and a registration to it, the demo day,
 * a sheet of the demo facilitator's workshop, the demo day's public board. Only the participant holds
 * the real secrets (personal and board tokens); the others try a well-formed token that matches nothing.
 */
record RouteSamples(long openDay, String slug, String token, long demoDay, long sheetId, String boardToken) {

    static final String FACILITATOR = "anim@journees.test";
    static final String UNKNOWN_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    static RouteSamples create(OpenDay days, EventService events, EventSharing sharing,
                               RegistrationService registrations, ChantierService chantier) {
        long day = days.create("matrice", 100);
        var slug = events.details(day).orElseThrow().slug();
        var token = registrations.register(day, OpenDay.person("Matrice", "matrice" + System.nanoTime()
                + "@exemple.fr", null, null)).token();
        long demo = events.idBySlug("visite-bayonne-2024").orElseThrow();
        var workshop = chantier.workshops(FACILITATOR).stream().filter(w -> w.eventId() == demo).findFirst()
                .orElseThrow();
        long sheet = chantier.create(FACILITATOR, workshop.id(), "Groupe de la matrice " + System.nanoTime());
        var board = sharing.setBoardPublic(demo, true).orElseThrow();
        return new RouteSamples(day, slug, token, demo, sheet, board);
    }

    void remove(OpenDay days, EventSharing sharing, ChantierService chantier) {
        sharing.setBoardPublic(demoDay, false);
        chantier.delete(FACILITATOR, sheetId, chantier.load(FACILITATOR, sheetId).version());
        days.remove(openDay);
    }

    /** The address of a Vaadin route template as that person would type it. */
    String url(String template, Who who) {
        return template.replace(":slug", slug)
                .replace("r/:token", "r/" + (who == Who.PARTICIPANT ? token : UNKNOWN_TOKEN))
                .replace("tableau/:token", "tableau/" + (who == Who.PARTICIPANT ? boardToken : UNKNOWN_TOKEN))
                .replace(":secret", UNKNOWN_TOKEN)
                .replace(":eventId", String.valueOf(demoDay))
                .replace(":sheetId", String.valueOf(sheetId))
                .replace("/:tab?", "");
    }

    /** The path of an MVC pattern. */
    String path(String pattern, Who who) {
        return pattern.replace("{slug}", slug)
                .replace("{token}", who == Who.PARTICIPANT ? token : UNKNOWN_TOKEN)
                .replace("{organisationId}", "1")
                .replace("/actuator/health/**", "/actuator/health/liveness")
                .replace("/**", "/nothing-here")
                .replace("{*path}", "nothing-here");
    }
}
