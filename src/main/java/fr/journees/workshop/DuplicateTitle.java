package fr.journees.workshop;

/** Another workshop of the event, or another initiative of the library, already has this title. */
public class DuplicateTitle extends RuntimeException {

    public DuplicateTitle(String title) {
        super("The title is already used: " + title);
    }
}
