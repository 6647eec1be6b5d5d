package fr.journees.event;

public enum OrganisationRole {
    ORGANISER, PARTNER
}
