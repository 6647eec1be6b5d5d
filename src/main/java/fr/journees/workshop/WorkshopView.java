package fr.journees.workshop;

import java.util.List;

public record WorkshopView(long id, int position, String title, String guidingQuestions, String objectives,
                           String room, Integer capacity, List<String> facilitators,
                           List<InitiativeView> initiatives) {
}
