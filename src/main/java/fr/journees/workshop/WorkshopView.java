package fr.journees.workshop;

import java.util.List;

import fr.journees.security.AccountOption;

/** A workshop of an event with its facilitators (by name) and its recueil in order. */
public record WorkshopView(long id, int version, int position, String title, String guidingQuestions,
                           String objectives, String room, Integer capacity, List<AccountOption> facilitators,
                           List<InitiativeView> initiatives) {

    public WorkshopDraft draft() {
        return new WorkshopDraft(title, guidingQuestions, objectives, room, capacity);
    }
}
