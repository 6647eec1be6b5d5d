package fr.journees.sheets;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.journees.event.EventService;
import fr.journees.itinerary.ItineraryService;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.DayQuestions.ShownAt;
import fr.journees.workshop.WorkshopService;

/** Sign-in sheets (per itinerary, per workshop or for the whole day) and badges of an event. */
@Service
public class SheetsService {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final SheetsRepository repository;
    private final SheetsExporter exporter;
    private final MessageSource messages;
    private final AnsweredRegistrations answers;

    SheetsService(EventService events, ItineraryService itineraries, WorkshopService workshops,
                  SheetsRepository repository, SheetsExporter exporter, MessageSource messages,
                  AnsweredRegistrations answers) {
        this.answers = answers;
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.repository = repository;
        this.exporter = exporter;
        this.messages = messages;
    }

    public byte[] signInSheet(long eventId, SheetScope scope, Locale locale) {
        var data = read(eventId, scope, locale);
        return exporter.signInSheet(data.header(), withAnswers(eventId, data.attendees(), locale), locale);
    }

    public byte[] badges(long eventId, SheetScope scope, boolean withQrCode, Locale locale) {
        var data = read(eventId, scope, locale);
        return exporter.badges(data.header(), data.attendees(),
                withQrCode ? java.util.function.Function.identity() : null, locale);
    }

    /** Each attendee with their answers to the questions the organiser prints on the sheets. */
    List<Attendee> withAnswers(long eventId, List<Attendee> attendees, Locale locale) {
        var shown = answers.shown(eventId, ShownAt.SIGN_IN_SHEETS, locale.getLanguage(),
                attendees.stream().map(Attendee::id).toList());
        return attendees.stream().map(a -> a.withAnswers(shown.getOrDefault(a.id(), List.of()))).toList();
    }

    Data read(long eventId, SheetScope scope, Locale locale) {
        var event = events.details(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        String label;
        String colour = null;
        switch (scope) {
            case SheetScope.WholeDay d -> label = messages.getMessage("outputs.sheets.whole-day", null, locale);
            case SheetScope.Itinerary i -> {
                var itinerary = itineraries.forEvent(eventId).stream().filter(x -> x.id() == i.itineraryId())
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("No itinerary " + i));
                label = itinerary.name();
                colour = itinerary.colour().hex();
            }
            case SheetScope.Workshop w -> label = messages.getMessage("outputs.sheets.workshop",
                    new Object[] {workshops.forEvent(eventId).stream().filter(x -> x.id() == w.workshopId())
                            .findFirst().orElseThrow(() -> new IllegalArgumentException("No workshop " + w)).title()},
                    locale);
        }
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(event.date());
        return new Data(new SheetHeader(event.title(), date, label, colour), repository.attendees(eventId, scope));
    }

    record Data(SheetHeader header, List<Attendee> attendees) {
    }
}
