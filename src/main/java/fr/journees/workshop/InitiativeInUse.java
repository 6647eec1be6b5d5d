package fr.journees.workshop;

import java.util.List;

/** An initiative still listed in workshops' recueils cannot leave the library. */
public class InitiativeInUse extends RuntimeException {

    private final List<String> workshops;

    /** workshops: each as "workshop title (event title)". */
    public InitiativeInUse(List<String> workshops) {
        super("The initiative is still in the recueil of " + workshops);
        this.workshops = List.copyOf(workshops);
    }

    public List<String> workshops() {
        return workshops;
    }
}
