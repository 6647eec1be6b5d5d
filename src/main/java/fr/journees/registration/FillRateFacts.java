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

    private final RegistrationService registrations;

    FillRateFacts(RegistrationService registrations) {
        this.registrations = registrations;
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
        boolean unlimited = event.capacity() == null
                && rates.itineraries().stream().allMatch(r -> r.capacity() == null)
                && rates.workshops().stream().allMatch(r -> r.capacity() == null);
        if (unlimited) {
            facts.add(DayFact.todo("home.fact.no-capacity"));
        }
        return facts;
    }
}
