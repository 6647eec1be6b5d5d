package fr.journees.event.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.OrganisationRole;

/** The event's general information. */
class GeneralTab implements EventEditorTab {

    private final EventService events;

    GeneralTab(EventService events) {
        this.events = events;
    }

    @Override
    public String id() {
        return "general";
    }

    @Override
    public String titleKey() {
        return "event.tab.general";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(EventHeader event) {
        var summary = events.summary(event.id()).orElseThrow();
        var section = new Section();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        if (summary.subtitle() != null) {
            section.add(new Paragraph(summary.subtitle()));
        }
        section.add(new Paragraph(section.getTranslation("event.when", dates.format(summary.date()), summary.start(),
                summary.end(), summary.venueName() == null ? "" : summary.venueName())));
        var organisations = events.organisations(event.id());
        section.add(new Paragraph(section.getTranslation("event.organisers") + " : " + organisations.stream()
                .filter(o -> o.role() == OrganisationRole.ORGANISER).map(o -> o.name())
                .collect(Collectors.joining(", "))));
        section.add(new Paragraph(section.getTranslation("event.partners") + " : " + organisations.stream()
                .filter(o -> o.role() == OrganisationRole.PARTNER).map(o -> o.name())
                .collect(Collectors.joining(", "))));
        return section;
    }
}
