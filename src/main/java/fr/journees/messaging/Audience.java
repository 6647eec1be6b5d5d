package fr.journees.messaging;

import java.util.EnumSet;
import java.util.Set;

import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;

/**
 * Which registrants of a day a message goes to: some statuses, optionally one parcours and one atelier,
 * and by presence at the door. Null itinerary or workshop does not filter.
 */
public record Audience(Set<RegistrationStatus> statuses, Long itineraryId, Long workshopId, Presence presence) {

    public static final Audience CONFIRMED = new Audience(EnumSet.of(RegistrationStatus.CONFIRMED), null, null,
            Presence.ANY);

    public Audience {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        presence = presence == null ? Presence.ANY : presence;
    }

    public boolean includes(RegistrationView r) {
        return statuses.contains(r.status())
                && (itineraryId == null || itineraryId.equals(r.itineraryId()))
                && (workshopId == null || workshopId.equals(r.workshopId()))
                && switch (presence) {
                    case ANY -> true;
                    case PRESENT -> r.checkedInAt() != null;
                    case ABSENT -> r.checkedInAt() == null;
                }
                // An anonymised registration keeps a placeholder that is no address.
                && r.email() != null && r.email().contains("@");
    }
}
