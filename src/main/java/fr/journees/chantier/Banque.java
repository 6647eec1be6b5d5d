package fr.journees.chantier;

import java.time.LocalDate;
import java.util.List;

/** The banque de projets of an event: every sheet, grouped by workshop in the programme's order. */
public record Banque(String eventTitle, LocalDate eventDate, List<BanqueWorkshop> workshops) {

    public int count(Feasibility feasibility) {
        return workshops.stream().mapToInt(w -> w.count(feasibility)).sum();
    }
}
