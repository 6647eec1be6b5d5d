package fr.journees.event;

/** The organiser's views of the events list. */
public enum EventListFilter {
    /** Today or later, whatever their status. */
    UPCOMING,
    /** Before today. */
    PAST,
    /** Not published yet. */
    DRAFTS,
    ALL
}
