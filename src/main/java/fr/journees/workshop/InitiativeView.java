package fr.journees.workshop;

public record InitiativeView(long id, String title, String porteur, String actsOn, String territory,
                             String description) {
}
