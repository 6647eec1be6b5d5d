package fr.journees.event;

public record EventTextView(long id, TextSection section, String title, String authorLine, String body) {
}
