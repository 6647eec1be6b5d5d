package fr.journees.chantier;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;
import fr.journees.event.EventSummary;

/** Fiches written but not on the restitution board yet, because no one ticked "chantier clé". */
@Component
class FichesFacts implements DayFacts {

    private final ChantierService chantier;

    FichesFacts(ChantierService chantier) {
        this.chantier = chantier;
    }

    @Override
    public List<DayFact> ofDay(EventSummary day) {
        int waiting = chantier.offTheBoard(day.id());
        return waiting == 0 ? List.of() : List.of(DayFact.info("home.fact.fiches-waiting", waiting));
    }
}
