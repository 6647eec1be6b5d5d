package fr.journees.privacy;

/** What one run of the retention job did, in numbers: days anonymised, registrations, mails purged. */
public record RetentionReport(int days, int registrations, int mails) {

    public boolean changedNothing() {
        return registrations == 0 && mails == 0;
    }
}
