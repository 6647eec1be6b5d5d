package fr.journees.event;

import java.time.LocalTime;

/** location: the slot's own location text, or its place's name. */
public record ProgrammeSlot(long id, LocalTime start, LocalTime end, ProgrammeKind kind, String title,
                            String description, String location, String locationText, Long placeId, int version) {

    public ProgrammeItemDraft toDraft() {
        return new ProgrammeItemDraft(start, end, kind, title, description, locationText, placeId);
    }
}
