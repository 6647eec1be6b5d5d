package fr.journees.registration.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.registration.PersonalDataExport;
import fr.journees.registration.RegistrationService;

/**
 * "Download everything held about me" from the personal link, as {@link PersonalDataExport} writes it.
 * Never cached: the personal link is the only key to it.
 */
@RestController
class PersonalDataController {

    private final RegistrationService registrations;

    PersonalDataController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping(value = "/r/{token}/donnees.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String token) {
        return registrations.personalData(token)
                .map(d -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("mes-donnees.json").build().toString())
                        .body(PersonalDataExport.json(d.asMap())))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/r/{token}/donnees.html")
    ResponseEntity<byte[]> html(@PathVariable String token) {
        return registrations.personalData(token)
                .map(d -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(PersonalDataExport.html(d.asMap())))
                .orElse(ResponseEntity.notFound().build());
    }
}
