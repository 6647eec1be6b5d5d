package fr.journees.registration;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only counts of registrations and attendance for reports, one day or several. Presence is the
 * check-in time, written by the check-in; this class only reads it.
 */
@Service
public class RegistrationCounts {

    private final RegistrationCountsRepository repository;

    RegistrationCounts(RegistrationCountsRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Attendance attendance(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? new Attendance(0, 0, 0, 0) : repository.attendance(eventIds);
    }

    @Transactional(readOnly = true)
    public List<Tally> byItinerary(long eventId) {
        return repository.byItinerary(eventId);
    }

    @Transactional(readOnly = true)
    public List<Tally> byWorkshop(long eventId) {
        return repository.byWorkshop(eventId);
    }

    @Transactional(readOnly = true)
    public List<Tally> byStructureKind(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : repository.byStructureKind(eventIds);
    }

    @Transactional(readOnly = true)
    public List<Tally> byDepartement(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : repository.byDepartement(eventIds);
    }

    /** Key: the event id; events without any registration are absent. */
    @Transactional(readOnly = true)
    public List<Tally> byEvent(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : repository.byEvent(eventIds);
    }
}
