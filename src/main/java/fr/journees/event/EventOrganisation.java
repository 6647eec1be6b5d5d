package fr.journees.event;

/** An organisation of a day in one role; hasLogo when the directory holds its logo. */
public record EventOrganisation(long organisationId, String name, OrganisationRole role, boolean hasLogo) {

    public EventOrganisation(long organisationId, String name, OrganisationRole role) {
        this(organisationId, name, role, false);
    }
}
