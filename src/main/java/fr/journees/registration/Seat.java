package fr.journees.registration;

/** Where a confirmed participant goes: null means "none to assign" (the event has no itinerary/workshop). */
record Seat(Long itineraryId, Long workshopId) {
}
