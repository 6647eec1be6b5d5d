package fr.journees.event;

import java.util.Set;

/**
 * DRAFT → PUBLISHED → CLOSED → ARCHIVED. Only a published event has public pages; an archived one is
 * read-only. Each step can be undone by one step (unpublish, reopen, unarchive) to mend a mistake.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED;

    public Set<EventStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(DRAFT, CLOSED);
            case CLOSED -> Set.of(PUBLISHED, ARCHIVED);
            case ARCHIVED -> Set.of(CLOSED);
        };
    }

    public boolean canMoveTo(EventStatus target) {
        return next().contains(target);
    }

    /** Public pages (event page, registration, calendar feed) exist only for a published event. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
