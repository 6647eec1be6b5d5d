package fr.journees.registration.web;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.calendar.CalendarResponses;
import fr.journees.registration.RegistrationService;

/** /r/{token}/agenda.ics of DESIGN.md: the participant's own day, for their calendar to subscribe to. */
@RestController
class AgendaController {

    private final RegistrationService registrations;

    AgendaController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/r/{token}/agenda.ics")
    ResponseEntity<byte[]> agenda(@PathVariable String token,
                                  @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return CalendarResponses.ics(registrations.agendaFile(token), "agenda.ics", ifNoneMatch);
    }
}
