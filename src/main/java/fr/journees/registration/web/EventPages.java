package fr.journees.registration.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fr.journees.base.web.PublicAddress;
import fr.journees.calendar.CalendarDay;
import fr.journees.calendar.CalendarLinks;
import fr.journees.calendar.CalendarService;
import fr.journees.directory.OrganisationLogos;
import fr.journees.event.EventBranding;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationService;

/**
 * The public page of a day, rendered once per state and served from memory: the day's content (its
 * stamp), the phase of registration, the language, and the places left. A change of content or phase
 * shows at once; places left are checked at most once a second per day (the form and the seat decision
 * never rely on this count). Costs one small query when nothing changed, two once a second.
 */
@Component
class EventPages {

    /** A rendered page, its validator, and when its places left were last checked against the ledger. */
    record Rendered(byte[] html, String etag, String key, long seats, long checkedAt) {
    }

    static final Duration PLACES_REFRESH = Duration.ofSeconds(1);
    static final String DEFAULT_SHARE_IMAGE = "/images/journees-partage.png";
    private static final int CACHED = 400;

    private final CalendarService calendars;
    private final RegistrationService registrations;
    private final EventService events;
    private final EventLinks links;
    private final PublicFrame frame;
    private final JsonMapper json;
    private final OrganisationLogos logos;
    private final EventSharing sharing;
    private final PublicAddress address;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();

    EventPages(CalendarService calendars, RegistrationService registrations, EventService events, EventLinks links,
               PublicFrame frame, JsonMapper json, OrganisationLogos logos, EventSharing sharing,
               PublicAddress address) {
        this.address = address;
        this.logos = logos;
        this.sharing = sharing;
        this.calendars = calendars;
        this.registrations = registrations;
        this.events = events;
        this.links = links;
        this.frame = frame;
        this.json = json;
    }

    Optional<Rendered> page(String slug, Locale locale, boolean embed) {
        return calendars.publishedDay(slug).map(day -> {
            var now = LocalDateTime.now();
            var key = day.stamp() + "|" + PublicDay.phase(day.event(), now) + "|" + locale.getLanguage() + "|" + embed
                    + "|" + links.page(slug);
            var cacheKey = day.event().id() + "|" + locale.getLanguage() + "|" + embed;
            var cached = pages.get(cacheKey);
            long millis = System.currentTimeMillis();
            boolean sameDay = cached != null && cached.key().equals(key);
            if (sameDay && millis - cached.checkedAt() < PLACES_REFRESH.toMillis()) {
                return cached;
            }
            var seats = registrations.seatsVersion(day.event().id());
            if (sameDay && cached.seats() == seats) {
                var checked = new Rendered(cached.html(), cached.etag(), key, seats, millis);
                pages.put(cacheKey, checked);
                return checked;
            }
            var html = render(day, locale, embed, now);
            var rendered = new Rendered(html.getBytes(StandardCharsets.UTF_8), etag(html), key, seats, millis);
            if (pages.size() >= CACHED) {
                pages.clear();
            }
            pages.put(cacheKey, rendered);
            return rendered;
        });
    }

    /** Any day past its draft: the header of a closed day's personal page shows the logo too. */
    Optional<byte[]> logo(String slug) {
        return events.idBySlug(slug).flatMap(calendars::day).filter(d -> d.event().status() != EventStatus.DRAFT)
                .map(d -> events.branding(d.event().id()).logo());
    }

    Optional<byte[]> organisationLogo(String slug, long organisationId) {
        return calendars.publishedDay(slug)
                .filter(d -> d.event().organisations().stream().anyMatch(o -> o.organisationId() == organisationId))
                .flatMap(d -> logos.logo(organisationId));
    }

    private String render(CalendarDay day, Locale locale, boolean embed, LocalDateTime now) {
        var event = day.event();
        var branding = events.branding(event.id());
        var publicDay = PublicDay.of(day, registrations.fillRates(event.id()), branding.accentColour(), now, locale);
        var path = "/e/" + event.slug();
        var variables = frame.variables(locale, path, event.slug(), branding);
        var pageUrl = links.page(event.slug());
        var description = description(publicDay);
        variables.put("day", publicDay);
        variables.put("embed", embed);
        variables.put("pageUrl", pageUrl);
        variables.put("description", description);
        variables.put("formPath", path + "/inscription" + (embed ? "?integre=1" : ""));
        variables.put("lostPath", path + "/lien-perdu");
        variables.put("icsPath", path + "/programme.ics");
        boolean banque = sharing.banquePublic(event.id());
        variables.put("banquePdfPath", banque ? EventLinks.banquePath(event.slug(), "pdf") : null);
        variables.put("banqueXlsxPath", banque ? EventLinks.banquePath(event.slug(), "xlsx") : null);
        variables.put("boardPath", sharing.boardToken(event.id()).map(EventLinks::publicBoardPath).orElse(null));
        var image = shareImage(event.slug(), branding, publicDay);
        variables.put("shareImage", image);
        var location = publicDay.venue() == null ? "" : publicDay.venue().name()
                + (publicDay.venue().address() == null ? "" : ", " + publicDay.venue().address());
        var details = event.subtitle() == null ? pageUrl : event.subtitle() + "\n" + pageUrl;
        variables.put("googleUrl", CalendarLinks.google(event.title(), event.date(), event.start(), event.end(), details,
                location));
        variables.put("outlookUrl", CalendarLinks.outlook(event.title(), event.date(), event.start(), event.end(),
                details, location));
        variables.put("jsonLd", jsonLd(publicDay, pageUrl, description, image));
        return frame.render("public/event", locale, variables);
    }

    /**
     * The image a shared link shows: the day's logo, else its first organiser's, else the site's own
     * picture (a link without an image is easily passed over), always as an absolute address.
     */
    private String shareImage(String slug, EventBranding branding, PublicDay day) {
        if (branding.logo() != null) {
            return address.root() + EventLinks.logoPath(slug);
        }
        return address.root() + day.organisers().stream().map(PublicDay.Named::logoPath).filter(Objects::nonNull)
                .findFirst().orElse(DEFAULT_SHARE_IMAGE);
    }

    private static String description(PublicDay day) {
        var parts = new StringBuilder(day.date());
        if (day.venue() != null) {
            parts.append(" · ").append(day.venue().name());
        }
        if (day.event().subtitle() != null) {
            parts.append(" — ").append(day.event().subtitle());
        } else if (day.event().theme() != null) {
            parts.append(" — ").append(day.event().theme());
        }
        return parts.toString();
    }

    /** schema.org Event, safe inside a script element: no "<" can close it. */
    private String jsonLd(PublicDay day, String pageUrl, String description, String image) {
        var event = day.event();
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", event.title());
        data.put("description", description);
        data.put("startDate", event.date().atTime(event.start()).toString());
        data.put("endDate", event.date().atTime(event.end()).toString());
        data.put("eventStatus", "https://schema.org/EventScheduled");
        data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        data.put("url", pageUrl);
        data.put("image", image);
        if (day.venue() != null) {
            var place = new LinkedHashMap<String, Object>();
            place.put("@type", "Place");
            place.put("name", day.venue().name());
            if (day.venue().address() != null) {
                place.put("address", day.venue().address());
            }
            data.put("location", place);
        }
        var organisers = day.organisers().stream().map(o -> Map.of("@type", "Organization", "name", o.name())).toList();
        if (!organisers.isEmpty()) {
            data.put("organizer", organisers.size() == 1 ? organisers.getFirst() : organisers);
        }
        if (day.open()) {
            data.put("offers", Map.of("@type", "Offer", "url", pageUrl + "/inscription", "price", "0",
                    "priceCurrency", "EUR", "availability", day.full() ? "https://schema.org/SoldOut"
                            : "https://schema.org/InStock"));
        }
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String etag(String html) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
