package fr.journees.directory;

/** What may still refer to an organisation, a place or a person and so forbid deleting it. */
public enum Reference {
    // of an organisation
    PERSON, EVENT_ORGANISER, EVENT_PARTNER, INITIATIVE_PORTEUR, FUNDER,
    // of a place
    EVENT_VENUE, PROGRAMME_SLOT, ITINERARY_STOP,
    // of a person
    STOP_SPEAKER, ITINERARY_GUIDE, ACCOUNT
}
