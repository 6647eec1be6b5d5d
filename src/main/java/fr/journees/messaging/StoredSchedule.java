package fr.journees.messaging;

/** A day's scheduled mails as stored, with the version to save against (-1: never saved, the defaults). */
public record StoredSchedule(ScheduledMailSettings settings, int version) {

    public boolean saved() {
        return version >= 0;
    }
}
