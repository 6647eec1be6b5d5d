package fr.journees.event;

import java.time.LocalTime;

public record ProgrammeSlot(long id, LocalTime start, LocalTime end, ProgrammeKind kind, String title,
                            String description, String location) {
}
