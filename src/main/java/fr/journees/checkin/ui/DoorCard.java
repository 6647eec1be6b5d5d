package fr.journees.checkin.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.journees.registration.DayQuestions.ShownAnswer;
import fr.journees.registration.DoorEntry;
import fr.journees.registration.RegistrationStatus;

/** One person in the door's results: a whole-width tap target with what the volunteer must tell them. */
class DoorCard extends Div {

    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final DoorEntry entry;

    DoorCard(DoorEntry entry, Runnable tap) {
        this.entry = entry;
        setId("door-entry-" + entry.id());
        addClassName("door-card");
        addClassName("door-card-" + state(entry));
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        addClickListener(e -> tap.run());
        getElement().addEventListener("keydown", e -> tap.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        var name = new Div(new Span(entry.fullName()));
        name.addClassName("door-card-name");
        var status = new Span(statusText(entry));
        status.addClassName("door-card-status");
        var top = new Div(name, status);
        top.addClassName("door-card-top");
        add(top);
        if (entry.organisation() != null) {
            add(line("door-card-org", entry.organisation()));
        }
        var group = new Span(entry.itinerary() != null ? getTranslation("checkin.entry.itinerary", entry.itinerary())
                : getTranslation("checkin.entry.noItinerary"));
        group.addClassName("door-chip");
        if (entry.colour() != null) {
            group.getStyle().set("background", entry.colour()).set("color", "#fff");
        }
        var groups = new Div(group);
        groups.addClassName("door-card-groups");
        if (entry.workshop() != null) {
            var workshop = new Span(getTranslation("checkin.entry.workshop", entry.workshop()));
            workshop.addClassName("door-chip");
            groups.add(workshop);
        }
        if (entry.lunch()) {
            var lunch = new Span(getTranslation("checkin.entry.lunch"));
            lunch.addClassName("door-chip");
            groups.add(lunch);
        }
        add(groups);
        if (entry.dietaryNeeds() != null) {
            add(line("door-card-need", getTranslation("checkin.entry.dietary", entry.dietaryNeeds())));
        }
        if (entry.accessibilityNeeds() != null) {
            add(line("door-card-need", getTranslation("checkin.entry.accessibility", entry.accessibilityNeeds())));
        }
        entry.answers().forEach(answer -> add(answer(answer)));
    }

    DoorEntry entry() {
        return entry;
    }

    /** The question quietly, the person's answer in bold: what the volunteer looks for. */
    private Div answer(ShownAnswer answer) {
        var question = new Span(answer.endsAsAQuestion() ? answer.question()
                : getTranslation("checkin.entry.answer-label", answer.question()));
        var given = new Span(answer.answer());
        given.addClassName("door-card-answer-value");
        var line = new Div(question, new Text(" "), given);
        line.addClassName("door-card-answer");
        return line;
    }

    private static Div line(String className, String text) {
        var div = new Div(text);
        div.addClassName(className);
        return div;
    }

    static String state(DoorEntry entry) {
        if (entry.status() != RegistrationStatus.CONFIRMED) {
            return entry.status().name().toLowerCase(java.util.Locale.ROOT);
        }
        return entry.present() ? "present" : entry.noShowAt() != null ? "noshow" : "expected";
    }

    private String statusText(DoorEntry entry) {
        if (entry.status() != RegistrationStatus.CONFIRMED) {
            return getTranslation("checkin.entry." + entry.status().name());
        }
        if (entry.present()) {
            return getTranslation("checkin.entry.present", HOUR.format(entry.checkedInAt()));
        }
        return getTranslation(entry.noShowAt() != null ? "checkin.entry.noShow" : "checkin.entry.expected");
    }
}
