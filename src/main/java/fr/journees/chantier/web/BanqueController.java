package fr.journees.chantier.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.base.web.PublicLanguage;
import fr.journees.chantier.Banque;
import fr.journees.chantier.BanquePdfExporter;
import fr.journees.chantier.BanqueXlsxExporter;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The banque de projets of a published day whose organisers chose to publish it; 404 otherwise. */
@RestController
class BanqueController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EventService events;
    private final ChantierService chantiers;
    private final BanquePdfExporter pdf;
    private final BanqueXlsxExporter xlsx;

    BanqueController(EventService events, ChantierService chantiers, BanquePdfExporter pdf, BanqueXlsxExporter xlsx) {
        this.events = events;
        this.chantiers = chantiers;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/e/{slug}/banque-de-projets.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        return file(slug, request, response, pdf::pdf, MediaType.APPLICATION_PDF, "banque-de-projets.pdf");
    }

    @GetMapping("/e/{slug}/banque-de-projets.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        return file(slug, request, response, xlsx::xlsx, XLSX, "banque-de-projets.xlsx");
    }

    private ResponseEntity<byte[]> file(String slug, HttpServletRequest request, HttpServletResponse response,
                                        BiFunction<Banque, Locale, byte[]> export, MediaType type, String name) {
        var locale = PublicLanguage.of(request, response);
        return banque(slug).map(banque -> ResponseEntity.ok().contentType(type)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build()
                                .toString())
                        .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                        .cacheControl(CacheControl.noCache()).body(export.apply(banque, locale)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Optional<Banque> banque(String slug) {
        return events.publishedId(slug).flatMap(chantiers::publishedBanque);
    }
}
