package fr.journees.chantier;

import org.springframework.security.access.AccessDeniedException;

/** A facilitator reaching for a sheet or workshop they do not lead (or an unknown one). */
public class NotYourWorkshop extends AccessDeniedException {

    public NotYourWorkshop(String actorEmail, String what) {
        super(actorEmail + " may not reach " + what);
    }
}
