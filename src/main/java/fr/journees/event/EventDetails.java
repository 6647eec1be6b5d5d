package fr.journees.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** Everything the general tab edits, with the version it was read at. */
public record EventDetails(long id, int version, String slug, String title, String subtitle, String theme,
                           LocalDate date, LocalTime start, LocalTime end, Long venuePlaceId, String venueName,
                           EventStatus status, LocalDateTime registrationOpensAt,
                           LocalDateTime registrationClosesAt, Integer capacity, boolean lunchOffered,
                           int defaultWalkMinutes, List<EventOrganisation> organisations) {

    public EventDraft toDraft() {
        return new EventDraft(slug, title, subtitle, theme, date, start, end, venuePlaceId, status,
                registrationOpensAt, registrationClosesAt, capacity, lunchOffered, defaultWalkMinutes);
    }
}
