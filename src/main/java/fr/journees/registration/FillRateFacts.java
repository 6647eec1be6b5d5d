package fr.journees.registration;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;
import fr.journees.event.EventSummary;

/** How full a day is, its waitlist, and whether any capacity limits it at all. */
@Component
class FillRateFacts implements DayFacts {

    /** Long workshop titles are cut on the home page's cards: the editor shows them whole. */
    static final int LABEL = 28;

    private final RegistrationService registrations;
    private final AttendanceService attendance;

    FillRateFacts(RegistrationService registrations, AttendanceService attendance) {
        this.registrations = registrations;
        this.attendance = attendance;
    }

    @Override
    public List<DayFact> ofDay(EventSummary day) {
        var rates = registrations.fillRates(day.id());
        var facts = new ArrayList<DayFact>();
        var event = rates.event();
        facts.add(event.capacity() == null ? DayFact.info("home.fact.registered", event.confirmed())
                : DayFact.gauge(event.ratio(), "home.fact.filled", event.confirmed(), event.capacity(),
                        Math.round(event.ratio() * 100)));
        if (rates.waitlisted() > 0) {
            facts.add(DayFact.alert("home.fact.waitlisted", rates.waitlisted()));
        }
        if (!rates.itineraries().isEmpty()) {
            facts.add(DayFact.info("home.fact.itineraries", groups(rates.itineraries())));
        }
        if (!rates.workshops().isEmpty()) {
            facts.add(DayFact.info("home.fact.workshops", groups(rates.workshops())));
        }
        var door = attendance.summary(day.id());
        if (door.present() > 0) {
            facts.add(DayFact.info("home.fact.arrived", door.present(), door.expected()));
        }
        boolean unlimited = event.capacity() == null
                && rates.itineraries().stream().allMatch(r -> r.capacity() == null)
                && rates.workshops().stream().allMatch(r -> r.capacity() == null);
        if (unlimited) {
            facts.add(DayFact.todo("home.fact.no-capacity"));
        }
        return facts;
    }

    private static String shortened(String label) {
        return label.length() <= LABEL ? label : label.substring(0, LABEL - 1).strip() + "…";
    }

    /** "Parcours vert 6/30 · Parcours rose 6/30"; a group without capacity shows its count alone. */
    private static String groups(List<FillRate> groups) {
        return String.join(" · ", groups.stream().map(g -> shortened(g.label()) + " " + g.confirmed()
                + (g.capacity() == null ? "" : "/" + g.capacity())).toList());
    }
}
