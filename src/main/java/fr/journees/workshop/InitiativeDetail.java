package fr.journees.workshop;

import fr.journees.directory.OrganisationOption;

/** One initiative of the library as its form edits it; porteur is null when unknown. */
public record InitiativeDetail(long id, int version, String title, OrganisationOption porteur, String actsOn,
                               String territory, String description) {

    public InitiativeDraft draft() {
        return new InitiativeDraft(title, porteur == null ? null : porteur.id(), actsOn, territory, description);
    }
}
