package fr.journees.privacy;

/** How many rows an action on personal data touched: registrations, mails, fiche author lines. */
public record Counts(int registrations, int mails, int fiches) {

    public static final Counts NONE = new Counts(0, 0, 0);

    public int total() {
        return registrations + mails + fiches;
    }
}
