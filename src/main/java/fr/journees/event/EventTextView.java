package fr.journees.event;

public record EventTextView(long id, TextSection section, int position, String title, String authorLine,
                            String body, int version) {

    public EventTextDraft toDraft() {
        return new EventTextDraft(section, title, authorLine, body);
    }
}
