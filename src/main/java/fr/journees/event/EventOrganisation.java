package fr.journees.event;

public record EventOrganisation(long organisationId, String name, OrganisationRole role) {
}
