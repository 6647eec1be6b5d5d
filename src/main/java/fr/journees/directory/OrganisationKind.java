package fr.journees.directory;

public enum OrganisationKind {
    ASSOCIATION, LOCAL_AUTHORITY, PUBLIC_BODY, COMPANY, COOPERATIVE, SCHOOL, NETWORK, OTHER
}
