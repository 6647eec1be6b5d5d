package fr.journees.event;

/**
 * Published inside the transaction that changed a capacity of the event (its own, an itinerary's or
 * a workshop's): whoever keeps a waiting list listens to it after commit to promote those who now fit.
 */
public record CapacityChanged(long eventId) {
}
