package fr.journees.apiaccess;

/** Who calls the API: an active key, allowed to read one event (eventId) or every event (eventId null). */
public record ApiClient(long keyId, String name, Long eventId) {

    public boolean mayRead(long eventId) {
        return this.eventId == null || this.eventId == eventId;
    }
}
