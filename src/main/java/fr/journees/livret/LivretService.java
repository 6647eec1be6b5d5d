package fr.journees.livret;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.base.pdf.RichText;
import fr.journees.event.EventDetails;
import fr.journees.event.EventOrganisation;
import fr.journees.event.EventService;
import fr.journees.event.EventTextView;
import fr.journees.event.OrganisationRole;
import fr.journees.event.TextSection;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.PersonRef;
import fr.journees.itinerary.StopView;
import fr.journees.livret.LivretRepository.PlaceRow;
import fr.journees.workshop.WorkshopService;

/** Gathers an event's booklet from the features that own its parts, then has it printed. */
@Service
public class LivretService {

    static final String DEFAULT_ACCENT = "#1f5f8b";

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final LivretRepository repository;
    private final LivretExporter exporter;
    private final MessageSource messages;

    LivretService(EventService events, ItineraryService itineraries, WorkshopService workshops,
                  LivretRepository repository, LivretExporter exporter, MessageSource messages) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.repository = repository;
        this.exporter = exporter;
        this.messages = messages;
    }

    /** The booklet's PDF; throws when the event is unknown or the rendering fails, never returns nothing. */
    public byte[] pdf(long eventId, PageFormat format, Locale locale) {
        return exporter.export(livret(eventId, locale), format, locale);
    }

    @Transactional(readOnly = true)
    public Livret livret(long eventId, Locale locale) {
        var event = events.details(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        var texts = events.texts(eventId);
        var routes = itineraries.forEvent(eventId);
        var placeIds = new HashSet<Long>();
        if (event.venuePlaceId() != null) {
            placeIds.add(event.venuePlaceId());
        }
        routes.forEach(r -> r.stops().forEach(s -> placeIds.add(s.placeId())));
        var places = placeIds.isEmpty() ? Map.<Long, PlaceRow>of() : repository.places(placeIds);
        var speakerIds = new HashSet<Long>();
        routes.forEach(r -> r.stops().forEach(s -> s.speakers().forEach(p -> speakerIds.add(p.id()))));
        var functions = speakerIds.isEmpty() ? Map.<Long, String>of() : repository.functionLines(speakerIds);
        var organisers = event.organisations().stream().filter(o -> o.role() == OrganisationRole.ORGANISER).toList();
        var contacts = organisers.isEmpty() ? Map.<Long, LivretRepository.ContactRow>of()
                : repository.contacts(organisers.stream().map(EventOrganisation::organisationId).toList());

        var planItineraries = routes.stream().map(r -> new PlanDrawing.Itinerary(r.name(), r.colour().hex(),
                r.stops().stream().map(s -> new PlanDrawing.Stop(s.placeId(), s.placeName(), point(places.get(s.placeId()))))
                        .toList())).toList();
        var branding = events.branding(eventId);
        return new Livret(cover(event, places, locale),
                texts(texts, TextSection.INTRODUCTION),
                events.programme(eventId).stream().map(slot -> new Livret.Slot(time(slot.start(), locale),
                        slot.title(), RichText.parse(slot.description()), slot.location())).toList(),
                PlanDrawing.draw(planItineraries),
                stopPages(routes, PlanDrawing.numbers(planItineraries), places, functions),
                texts(texts, TextSection.WORKSHOPS),
                workshopsOf(eventId),
                texts(texts, TextSection.CLOSING),
                organisers.stream().map(o -> contacts.get(o.organisationId())).filter(Objects::nonNull)
                        .map(c -> new Livret.Contact(c.name(), c.address(), c.phone(), c.email(), c.website(),
                                RichText.parse(c.description())))
                        .toList(),
                branding.accentColour() == null ? DEFAULT_ACCENT : branding.accentColour(),
                branding.logoDataUri());
    }

    private Livret.Cover cover(EventDetails event, Map<Long, PlaceRow> places, Locale locale) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(event.date());
        var hours = messages.getMessage("outputs.livret.hours", new Object[] {time(event.start(), locale),
                time(event.end(), locale)}, locale);
        var venue = event.venuePlaceId() != null && places.containsKey(event.venuePlaceId())
                ? places.get(event.venuePlaceId()).name() : event.venueName();
        return new Livret.Cover(event.title(), event.subtitle(), event.theme(), date, hours, venue,
                names(event, OrganisationRole.ORGANISER), names(event, OrganisationRole.PARTNER));
    }

    private static List<String> names(EventDetails event, OrganisationRole role) {
        return event.organisations().stream().filter(o -> o.role() == role).map(EventOrganisation::name).toList();
    }

    private static List<Livret.Text> texts(List<EventTextView> all, TextSection section) {
        return all.stream().filter(t -> t.section() == section)
                .map(t -> new Livret.Text(t.title(), t.authorLine(), RichText.parse(t.body()))).toList();
    }

    /** One page per place, in the order of the plan's numbers, with the itineraries that stop there. */
    private static List<Livret.StopPage> stopPages(List<ItineraryView> routes, Map<Long, Integer> numbers,
                                                   Map<Long, PlaceRow> places, Map<Long, String> functions) {
        var first = new LinkedHashMap<Long, StopView>();
        var badges = new LinkedHashMap<Long, List<Livret.Badge>>();
        for (var route : routes) {
            for (var stop : route.stops()) {
                first.putIfAbsent(stop.placeId(), stop);
                badges.computeIfAbsent(stop.placeId(), id -> new ArrayList<>())
                        .add(new Livret.Badge(route.name(), route.colour().hex(), stop.position() + 1));
            }
        }
        var pages = new ArrayList<Livret.StopPage>();
        for (var entry : first.entrySet()) {
            var stop = entry.getValue();
            var place = places.get(entry.getKey());
            var speakers = new ArrayList<String>();
            routes.stream().flatMap(r -> r.stops().stream()).filter(s -> s.placeId() == stop.placeId())
                    .flatMap(s -> s.speakers().stream()).distinct()
                    .forEach(p -> speakers.add(speaker(p, functions)));
            pages.add(new Livret.StopPage(numbers.get(entry.getKey()), stop.placeName(),
                    place == null ? null : place.address(), badges.get(entry.getKey()), stop.theme(),
                    speakers.stream().distinct().toList(),
                    RichText.parse(place == null ? null : place.description()),
                    place == null ? List.of() : place.facts()));
        }
        return pages;
    }

    private static String speaker(PersonRef person, Map<Long, String> functions) {
        var function = functions.get(person.id());
        return function == null || function.isBlank() ? person.fullName() : person.fullName() + ", " + function;
    }

    private List<Livret.Workshop> workshopsOf(long eventId) {
        var list = workshops.forEvent(eventId);
        var result = new ArrayList<Livret.Workshop>();
        for (int i = 0; i < list.size(); i++) {
            var w = list.get(i);
            result.add(new Livret.Workshop(i + 1, w.title(), RichText.parse(w.guidingQuestions()),
                    RichText.parse(w.objectives()), w.room(), w.initiatives().stream()
                    .map(n -> new Livret.Initiative(n.title(), n.porteur(), n.actsOn(), n.territory(),
                            RichText.parse(n.description())))
                    .toList()));
        }
        return result;
    }

    private static PlanDrawing.Point point(PlaceRow place) {
        return place == null || place.latitude() == null || place.longitude() == null ? null
                : new PlanDrawing.Point(place.latitude().doubleValue(), place.longitude().doubleValue());
    }

    /** "9h", "9h20" in French; "9:20" otherwise. */
    static String time(LocalTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        if (Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return time.getMinute() == 0 ? time.getHour() + "h" : time.getHour() + "h" + String.format("%02d", time.getMinute());
        }
        return time.getHour() + ":" + String.format("%02d", time.getMinute());
    }
}
