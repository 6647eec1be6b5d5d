package fr.journees.registration.ui.pub;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;

import fr.journees.calendar.CalendarLinks;
import fr.journees.event.EventDetails;

/** Download the calendar file, or add the day to Google Calendar or Outlook. */
class CalendarButtons extends Div {

    /** pageUrl: the public page of the day, the only address these third-party services may see. */
    CalendarButtons(EventDetails event, String icsPath, String pageUrl) {
        setId("calendar-links");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        var details = event.subtitle() == null ? pageUrl : event.subtitle() + "\n" + pageUrl;
        var location = event.venueName() == null ? "" : event.venueName();
        var file = new Anchor(icsPath, getTranslation("registration.calendar.download"));
        file.setId("calendar-ics");
        file.getElement().setAttribute("download", true);
        var google = new Anchor(CalendarLinks.google(event.title(), event.date(), event.start(), event.end(), details,
                location), getTranslation("registration.calendar.google"), AnchorTarget.BLANK);
        google.setId("calendar-google");
        google.getElement().setAttribute("rel", "noopener noreferrer");
        var outlook = new Anchor(CalendarLinks.outlook(event.title(), event.date(), event.start(), event.end(),
                details, location), getTranslation("registration.calendar.outlook"), AnchorTarget.BLANK);
        outlook.setId("calendar-outlook");
        outlook.getElement().setAttribute("rel", "noopener noreferrer");
        add(file, google, outlook);
    }
}
