package fr.journees.registration.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.journees.base.web.PublicLanguage;
import fr.journees.calendar.CalendarResponses;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventBranding;
import fr.journees.registration.LostLinkRequests;

/**
 * The public page of a published day, {@code /e/{slug}}: server-rendered, no session, no script. It
 * answers a conditional request with 304 while the page is unchanged, 404 (with a helpful page) for a
 * day that does not exist or is not published; {@code ?integre=1} gives the version for a partner's site.
 */
@RestController
class EventPageController {

    private final EventPages pages;
    private final PublicFrame frame;
    private final CalendarService calendars;
    private final LostLinkRequests lostLinks;

    EventPageController(EventPages pages, PublicFrame frame, CalendarService calendars, LostLinkRequests lostLinks) {
        this.pages = pages;
        this.frame = frame;
        this.calendars = calendars;
        this.lostLinks = lostLinks;
    }

    @GetMapping("/e/{slug}")
    ResponseEntity<?> page(@PathVariable String slug, @RequestParam(name = "integre", required = false) String embed,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var page = pages.page(slug, locale, embed != null);
        if (page.isEmpty()) {
            return frame.notFound(request, locale, false);
        }
        var etag = page.get().etag();
        var headers = ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        if (ifNoneMatch != null && CalendarResponses.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache())
                    .header(HttpHeaders.VARY, "Accept-Language, Cookie").build();
        }
        return headers.contentType(PublicFrame.HTML).body(page.get().html());
    }

    @GetMapping("/e/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        return pages.logo(slug).filter(bytes -> bytes != null && EventBranding.imageType(bytes) != null)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.parseMediaType(EventBranding.imageType(bytes)))
                        .cacheControl(CacheControl.noCache()).eTag(EventPages.etag(slug + bytes.length
                                + Arrays.hashCode(bytes))).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The logo of one of the day's organisers or partners; 404 for an organisation that is not the day's. */
    @GetMapping("/e/{slug}/organisations/{organisationId}/logo")
    ResponseEntity<byte[]> organisationLogo(@PathVariable String slug, @PathVariable long organisationId) {
        return pages.organisationLogo(slug, organisationId).filter(bytes -> EventBranding.imageType(bytes) != null)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.parseMediaType(EventBranding.imageType(bytes)))
                        .cacheControl(CacheControl.noCache()).eTag(EventPages.etag(organisationId + "-" + bytes.length
                                + "-" + Arrays.hashCode(bytes))).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** "Lien personnel perdu ?": the same answer whether the address is registered or not. */
    @PostMapping("/e/{slug}/lien-perdu")
    ResponseEntity<String> lostLink(@PathVariable String slug, @RequestParam(required = false) String email,
                                    HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var day = calendars.publishedDay(slug);
        if (day.isEmpty()) {
            return frame.notFound(request, locale, false);
        }
        var back = "/e/" + slug;
        var backLabel = frame.message("registration.public.backTo", locale, day.get().event().title());
        if (email == null || email.isBlank()) {
            return frame.message(HttpStatus.BAD_REQUEST, locale, back, slug, "lost-link-answer",
                    frame.message("registration.lost.title", locale),
                    List.of(frame.message("registration.error.email", locale)), back + "#event-page-lost-link", backLabel);
        }
        var answer = lostLinks.request(day.get().event().id(), email.strip(), request.getRemoteAddr());
        if (answer == LostLinkRequests.Answer.TOO_MANY) {
            return frame.message(HttpStatus.TOO_MANY_REQUESTS, locale, back, slug, "lost-link-answer",
                    frame.message("registration.lost.title", locale),
                    List.of(frame.message("registration.lost.tooMany", locale)), back, backLabel);
        }
        return frame.message(HttpStatus.OK, locale, back, slug, "lost-link-answer",
                frame.message("registration.lost.title", locale), List.of(frame.message("registration.lost.sent", locale)),
                back, backLabel);
    }
}
