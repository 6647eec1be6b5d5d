package fr.journees.registration;

/** The organiser grid's filters; null fields do not filter. */
public record RegistrationFilter(String search, RegistrationStatus status, Long itineraryId, Long workshopId) {

    public static final RegistrationFilter NONE = new RegistrationFilter(null, null, null, null);
}
