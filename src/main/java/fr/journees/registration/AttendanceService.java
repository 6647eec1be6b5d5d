package fr.journees.registration;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.registration.CheckinOutcome.Answer;

/**
 * The only writer of presence (registration.checked_in_at and no_show_at). An arrival is one
 * conditional update, so two doors scanning one badge at the same instant record it once; the
 * loser re-reads the row at READ COMMITTED and answers "already present".
 */
@Service
public class AttendanceService {

    public static final int SEARCH_LIMIT = 20;

    private final AttendanceRepository repository;
    private final RegistrationMetrics metrics;
    private final DayQuestions questions;

    AttendanceService(AttendanceRepository repository, RegistrationMetrics metrics,
                      org.springframework.beans.factory.ObjectProvider<DayQuestions> questions) {
        this.repository = repository;
        this.metrics = metrics;
        this.questions = questions.getIfAvailable(() -> DayQuestions.NONE);
    }

    /** A scanned or typed check-in code, at the door of {@code eventId}. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CheckinOutcome checkInByCode(long eventId, String typed, String by, String door) {
        var code = CheckinCodes.normalise(typed);
        var found = code.flatMap(repository::byCode);
        if (found.isEmpty()) {
            return metrics.counted(new CheckinOutcome(Answer.UNKNOWN_CODE, null));
        }
        if (found.get().eventId() != eventId) {
            return metrics.counted(new CheckinOutcome(Answer.OTHER_DAY, null));
        }
        return metrics.counted(arrive(found.get(), by, door));
    }

    /** A tap on a person found by name at the door of {@code eventId}. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CheckinOutcome checkIn(long eventId, long registrationId, String by, String door) {
        return metrics.counted(repository.byId(eventId, registrationId).map(entry -> arrive(entry, by, door))
                .orElse(new CheckinOutcome(Answer.UNKNOWN_CODE, null)));
    }

    private CheckinOutcome arrive(DoorEntry entry, String by, String door) {
        switch (entry.status()) {
            case CANCELLED -> {
                return new CheckinOutcome(Answer.CANCELLED, entry);
            }
            case WAITLISTED -> {
                return new CheckinOutcome(Answer.WAITLISTED, entry);
            }
            case CONFIRMED -> {
            }
        }
        if (entry.present()) {
            return new CheckinOutcome(Answer.ALREADY_PRESENT, entry);
        }
        if (repository.closed(entry.eventId())) {
            return new CheckinOutcome(Answer.CLOSED, entry);
        }
        boolean arrived = repository.checkIn(entry.eventId(), entry.id(), LocalDateTime.now(), by, trim(door));
        var now = repository.byId(entry.eventId(), entry.id()).orElse(entry);
        return new CheckinOutcome(arrived ? Answer.ARRIVED : Answer.ALREADY_PRESENT, now);
    }

    /** Takes back an arrival recorded by mistake; false if the person was not marked present. */
    @Transactional
    public boolean undo(long eventId, long registrationId) {
        return repository.undo(eventId, registrationId);
    }

    /** Closes the day's check-in and marks the confirmed still absent as no-shows; returns how many. */
    @Transactional
    public int markNoShows(long eventId, String by) {
        repository.close(eventId, LocalDateTime.now(), by);
        return repository.markNoShows(eventId, LocalDateTime.now());
    }

    /** Reverses {@link #markNoShows}: no one is a no-show any more, and check-in is open again. */
    @Transactional
    public int undoNoShows(long eventId) {
        repository.reopen(eventId);
        return repository.clearNoShows(eventId);
    }

    /** Opens check-in again for corrections, keeping the no-show marks (an arrival clears its own). */
    /** An account was anonymised: what it recorded names it by {@code replacement} instead of its address. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int forgetRecorder(String email, String replacement) {
        return repository.renameRecorder(email, replacement);
    }

    @Transactional
    public void reopen(long eventId) {
        repository.reopen(eventId);
    }

    @Transactional(readOnly = true)
    public boolean closed(long eventId) {
        return repository.closed(eventId);
    }

    /** Name, organisation or e-mail, word by word; the first {@value #SEARCH_LIMIT} by name. */
    @Transactional(readOnly = true)
    public List<DoorEntry> search(long eventId, String words) {
        return words == null || words.isBlank() ? List.of() : repository.search(eventId, words, SEARCH_LIMIT);
    }

    /**
     * Those entries with their answers to the questions shown at the door, in that language ("fr", "en").
     * No transaction of its own: the questions feature keeps the day's questions for a second outside one.
     */
    public List<DoorEntry> withAnswers(long eventId, List<DoorEntry> entries, String language) {
        if (entries.isEmpty()) {
            return entries;
        }
        var shown = questions.shown(eventId, DayQuestions.ShownAt.DOOR, language,
                entries.stream().map(DoorEntry::id).toList());
        return entries.stream().map(e -> e.withAnswers(shown.getOrDefault(e.id(), List.of()))).toList();
    }

    /** The outcome with its person's answers shown at the door. */
    public CheckinOutcome withAnswers(long eventId, CheckinOutcome outcome, String language) {
        if (outcome.entry() == null) {
            return outcome;
        }
        var entry = withAnswers(eventId, List.of(outcome.entry()), language).getFirst();
        return new CheckinOutcome(outcome.answer(), entry);
    }

    @Transactional(readOnly = true)
    public Optional<DoorEntry> entry(long eventId, long registrationId) {
        return repository.byId(eventId, registrationId);
    }

    /** Cheap enough to poll every few seconds from every door. */
    @Transactional(readOnly = true)
    public AttendanceStamp stamp(long eventId) {
        return repository.stamp(eventId);
    }

    @Transactional(readOnly = true)
    public AttendanceSummary summary(long eventId) {
        var byItinerary = repository.countsByItinerary(eventId);
        var byWorkshop = repository.countsByWorkshop(eventId);
        int expected = byItinerary.values().stream().mapToInt(c -> c[0]).sum();
        int present = byItinerary.values().stream().mapToInt(c -> c[1]).sum();
        return new AttendanceSummary(present, expected, repository.noShows(eventId), repository.closed(eventId),
                withCounts(repository.itineraries(eventId), byItinerary),
                withCounts(repository.workshops(eventId), byWorkshop), quarters(repository.arrivals(eventId)));
    }

    private static List<AttendanceSummary.Group> withCounts(List<AttendanceSummary.Group> groups,
                                                            Map<Long, int[]> counts) {
        return groups.stream().map(g -> {
            var c = counts.getOrDefault(g.id(), new int[2]);
            return new AttendanceSummary.Group(g.id(), g.label(), g.colour(), c[1], c[0]);
        }).toList();
    }

    private static List<AttendanceSummary.Slot> quarters(List<LocalDateTime> arrivals) {
        var slots = new TreeMap<LocalTime, Integer>();
        for (var at : arrivals) {
            var time = at.toLocalTime();
            slots.merge(LocalTime.of(time.getHour(), time.getMinute() / 15 * 15), 1, Integer::sum);
        }
        var list = new ArrayList<AttendanceSummary.Slot>();
        slots.forEach((from, n) -> list.add(new AttendanceSummary.Slot(from, n)));
        return list;
    }

    private static String trim(String door) {
        return door == null || door.isBlank() ? null : door.strip().substring(0, Math.min(60, door.strip().length()));
    }
}
