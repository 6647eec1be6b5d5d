package fr.journees.event;

/**
 * Published inside the transaction that duplicates an event, after the event itself, its texts,
 * organisations and programme were copied; each feature copies its own rows (itineraries,
 * workshops…) from {@code sourceEventId} to {@code copyEventId} by listening to it.
 */
public record EventDuplicated(long sourceEventId, long copyEventId) {
}
