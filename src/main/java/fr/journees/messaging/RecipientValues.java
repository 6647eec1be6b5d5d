package fr.journees.messaging;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.journees.calendar.CalendarDay;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationView;

/** The placeholders' values for one registrant of a day, in their language; links from {@link PersonalLinks}. */
@Component
class RecipientValues {

    private final PersonalLinks links;
    private final MessageSource messages;

    RecipientValues(PersonalLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    Placeholders of(RegistrationView r, CalendarDay day) {
        var locale = locale(r);
        var event = day.event();
        var times = DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "HH:mm" : "H'h'mm");
        var venue = event.venuePlaceId() == null ? null : day.places().get(event.venuePlaceId());
        var none = messages.getMessage("messaging.value.none", null, locale);
        var values = new HashMap<String, String>();
        values.put("prénom", r.firstName());
        values.put("nom", r.lastName());
        values.put("journée", event.title());
        values.put("date", event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)));
        values.put("horaires", messages.getMessage("messaging.value.hours",
                new Object[] {event.start().format(times), event.end().format(times)}, locale));
        values.put("lieu", event.venueName() == null ? none : event.venueName());
        values.put("adresse", venue == null || venue.address() == null || venue.address().isBlank() ? none
                : venue.address());
        values.put("parcours", r.itineraryName() == null ? none : r.itineraryName());
        values.put("atelier", r.workshopTitle() == null ? none : r.workshopTitle());
        values.put("lien", links.page(r.token()));
        values.put("agenda", links.agenda(r.token()));
        values.put("enquête", links.survey(r.token()));
        return new Placeholders(values);
    }

    static Locale locale(RegistrationView r) {
        return Locale.forLanguageTag(r.language() == null ? "fr" : r.language());
    }
}
