package fr.journees.chantier;

import java.util.List;

/** One workshop of the banque de projets with all its groups' sheets. */
public record BanqueWorkshop(long id, String title, List<ChantierSheet> sheets) {

    public int count(Feasibility feasibility) {
        return (int) sheets.stream().filter(s -> s.content().feasibility() == feasibility).count();
    }
}
