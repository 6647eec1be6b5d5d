package fr.journees.registration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationMails.Kind;
import fr.journees.registration.RegistrationRejected.Reason;
import jakarta.validation.Valid;

/**
 * The only writer of registrations. Every change that takes or frees a place locks the event row,
 * then its itineraries, then its workshops (always in that order, so two changes never deadlock on
 * each other), re-counts the confirmed under those locks, and decides by the rules of
 * {@link Capacities}. A freed place promotes the waitlist in arrival order, each person once.
 * Mails are queued in the same transaction and sent after commit.
 */
@Service
@Validated
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final LockedTransactions locked;
    private final RegistrationMails mails;

    RegistrationService(RegistrationRepository registrations, LockedTransactions locked, RegistrationMails mails) {
        this.registrations = registrations;
        this.locked = locked;
        this.mails = mails;
    }

    /** The public form: only inside the registration window of a published event. */
    public RegistrationOutcome register(long eventId, @Valid RegistrationRequest request) {
        return insert(eventId, request, true);
    }

    /** An organiser registering someone by hand: the window does not apply, capacities do. */
    public RegistrationOutcome addByHand(long eventId, @Valid RegistrationRequest request) {
        return insert(eventId, request, false);
    }

    private RegistrationOutcome insert(long eventId, RegistrationRequest request, boolean publicForm) {
        // Read before the lock: under it, only the seat is decided and the rows written.
        var day = mails.day(eventId);
        try {
            return locked.run(() -> {
                var now = LocalDateTime.now();
                var event = registrations.lockEvent(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
                if (publicForm ? !event.openAt(now) : event.status() == EventStatus.ARCHIVED) {
                    throw new RegistrationRejected(Reason.CLOSED);
                }
                var capacities = registrations.lockCapacities(event);
                registrations.deleteCancelled(eventId, request.normalisedEmail());
                if (registrations.emailTaken(eventId, request.normalisedEmail())) {
                    throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
                }
                var wanted = request.withPreferences(
                        capacities.hasItinerary(request.preferredItineraryId()) ? request.preferredItineraryId() : null,
                        capacities.hasWorkshop(request.preferredWorkshopId()) ? request.preferredWorkshopId() : null);
                var seat = capacities.seatFor(wanted.preferredItineraryId(), wanted.preferredWorkshopId());
                var status = seat.isPresent() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
                long id = registrations.insert(eventId, Tokens.next(), wanted, status, seat.orElse(null), now);
                var view = registrations.byId(id).orElseThrow();
                mails.send(status == RegistrationStatus.CONFIRMED ? Kind.CONFIRMED : Kind.WAITLISTED, view,
                        day.orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND)));
                return new RegistrationOutcome(id, view.token(), status, view.waitlistPosition());
            });
        } catch (DuplicateKeyException e) {
            throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
        }
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationView> byToken(String token) {
        return Tokens.plausible(token) ? registrations.byToken(token) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationView> byId(long id) {
        return registrations.byId(id);
    }

    /**
     * The participant changes their details or choices from their personal page. The e-mail stays (it
     * identifies them); a newly chosen itinerary or workshop must have room, or nothing changes.
     */
    public void change(String token, int version, @Valid RegistrationRequest request) {
        var current = byToken(token).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
        if (current.status() == RegistrationStatus.CANCELLED) {
            throw new RegistrationRejected(Reason.CANCELLED);
        }
        var kept = new RegistrationRequest(request.firstName(), request.lastName(), current.email(), request.phone(),
                request.organisation(), request.function(), request.territory(), request.preferredItineraryId(),
                request.preferredWorkshopId(), request.lunch(), request.dietaryNeeds(), request.accessibilityNeeds(),
                true, request.consentPhotos(), current.language());
        update(current.id(), version, kept, true);
    }

    /** An organiser edits the details and preferences (not the assignment: see {@link #move}). */
    public void edit(long id, int version, @Valid RegistrationRequest request) {
        try {
            update(id, version, request, false);
        } catch (DuplicateKeyException e) {
            throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
        }
    }

    private void update(long id, int version, RegistrationRequest request, boolean followPreferences) {
        withLocks(id, (event, capacities, current) -> {
            if (current.version() != version) {
                throw stale(id);
            }
            requireKnown(capacities, request.preferredItineraryId(), request.preferredWorkshopId());
            if (!registrations.updateDetails(id, version, request)) {
                throw stale(id);
            }
            if (followPreferences && current.status() == RegistrationStatus.CONFIRMED) {
                reseat(current, version + 1, capacities,
                        either(request.preferredItineraryId(), current.itineraryId()),
                        either(request.preferredWorkshopId(), current.workshopId()));
                promote(capacities, event);
            }
            return null;
        });
    }

    /** An organiser moves a confirmed participant to another itinerary and/or workshop, within capacities. */
    public void move(long id, int version, Long itineraryId, Long workshopId) {
        withLocks(id, (event, capacities, current) -> {
            if (current.version() != version) {
                throw stale(id);
            }
            requireKnown(capacities, itineraryId, workshopId);
            if (current.status() != RegistrationStatus.CONFIRMED) {
                throw new RegistrationRejected(Reason.CANCELLED);
            }
            reseat(current, version, capacities, itineraryId, workshopId);
            promote(capacities, event);
            return null;
        });
    }

    private void reseat(RegistrationView current, int version, Capacities capacities, Long itineraryId,
                        Long workshopId) {
        var old = new Seat(current.itineraryId(), current.workshopId());
        if (Objects.equals(old.itineraryId(), itineraryId) && Objects.equals(old.workshopId(), workshopId)) {
            return;
        }
        capacities.release(old);
        var seat = capacities.exactSeat(Objects.equals(itineraryId, old.itineraryId()) ? null : itineraryId,
                Objects.equals(workshopId, old.workshopId()) ? null : workshopId)
                .map(s -> new Seat(itineraryId, workshopId))
                .orElseThrow(() -> new RegistrationRejected(Reason.EVENT_FULL));
        capacities.take(seat);
        if (!registrations.assign(current.id(), version, seat)) {
            throw stale(current.id());
        }
    }

    /** The participant cancels from their personal page; their place goes to the first waiting. */
    public void cancel(String token) {
        var current = byToken(token).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
        cancel(current.id(), null);
    }

    /** An organiser cancels a registration seen at {@code version}. */
    public void cancel(long id, Integer version) {
        withLocks(id, (event, capacities, current) -> {
            if (current.status() == RegistrationStatus.CANCELLED) {
                return null;
            }
            if (version != null && current.version() != version) {
                throw stale(id);
            }
            if (!registrations.cancel(id, current.version(), LocalDateTime.now())) {
                throw stale(id);
            }
            if (current.status() == RegistrationStatus.CONFIRMED) {
                capacities.release(new Seat(current.itineraryId(), current.workshopId()));
            }
            mails.send(Kind.CANCELLED, registrations.byId(id).orElseThrow());
            promote(capacities, event);
            return null;
        });
    }

    /** Promotes whoever now fits (after an organiser raised a capacity, say); returns how many. */
    public int promoteWaitlist(long eventId) {
        return locked.run(() -> {
            var event = registrations.lockEvent(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
            return promote(registrations.lockCapacities(event), event);
        });
    }

    /**
     * Gives the confirmed participants lacking an itinerary or a workshop the one with the most room
     * left, so that groups stay balanced within their capacities; returns how many were assigned.
     */
    public int autoAssign(long eventId) {
        return locked.run(() -> {
            var event = registrations.lockEvent(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
            var capacities = registrations.lockCapacities(event);
            int assigned = 0;
            for (var r : registrations.unassigned(eventId, capacities.hasItineraries(), capacities.hasWorkshops())) {
                var itinerary = r.itineraryId() != null ? Optional.of(r.itineraryId())
                        : capacities.roomiestItinerary();
                var workshop = r.workshopId() != null ? Optional.of(r.workshopId()) : capacities.roomiestWorkshop();
                if (itinerary.isEmpty() && workshop.isEmpty()) {
                    continue;
                }
                itinerary.filter(i -> r.itineraryId() == null).ifPresent(capacities::assignItinerary);
                workshop.filter(w -> r.workshopId() == null).ifPresent(capacities::assignWorkshop);
                registrations.assign(r.id(), r.version(), new Seat(itinerary.orElse(null), workshop.orElse(null)));
                assigned++;
            }
            return assigned;
        });
    }

    /** Sends the personal link again if that e-mail is registered; says nothing either way. */
    @Transactional
    public void resendLink(long eventId, String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        registrations.byEmail(eventId, email.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .ifPresent(r -> mails.send(Kind.LINK, r));
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> page(long eventId, RegistrationFilter filter, int offset, int limit) {
        return registrations.page(eventId, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long eventId, RegistrationFilter filter) {
        return registrations.count(eventId, filter);
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> all(long eventId) {
        return registrations.all(eventId);
    }

    @Transactional(readOnly = true)
    public FillRates fillRates(long eventId) {
        return registrations.fillRates(eventId);
    }

    public String personalLink(String token) {
        return mails.personalLink(token);
    }

    public String eventLink(String slug) {
        return mails.eventLink(slug);
    }

    private int promote(Capacities capacities, LockedEvent event) {
        int promoted = 0;
        for (var waiting : registrations.waitlisted(event.id())) {
            var seat = capacities.seatFor(waiting.preferredItineraryId(), waiting.preferredWorkshopId());
            if (seat.isEmpty()) {
                break;
            }
            if (registrations.promote(waiting.id(), seat.get())) {
                capacities.take(seat.get());
                mails.send(Kind.PROMOTED, registrations.byId(waiting.id()).orElseThrow());
                promoted++;
            }
        }
        return promoted;
    }

    private interface LockedWork<T> {
        T run(LockedEvent event, Capacities capacities, RegistrationView current);
    }

    /** Locks the registration's event and groups, then re-reads the registration under those locks. */
    private <T> T withLocks(long id, LockedWork<T> work) {
        return locked.run(() -> {
            var before = registrations.byId(id).orElseThrow(() -> stale(id));
            var event = registrations.lockEvent(before.eventId()).orElseThrow(() -> stale(id));
            var capacities = registrations.lockCapacities(event);
            var current = registrations.byId(id).orElseThrow(() -> stale(id));
            return work.run(event, capacities, current);
        });
    }

    private static void requireKnown(Capacities capacities, Long itineraryId, Long workshopId) {
        if (!capacities.hasItinerary(itineraryId) || !capacities.hasWorkshop(workshopId)) {
            throw new RegistrationRejected(Reason.NOT_FOUND);
        }
    }

    private static Long either(Long chosen, Long current) {
        return chosen != null ? chosen : current;
    }

    private static OptimisticLockingFailureException stale(long id) {
        return new OptimisticLockingFailureException("Registration " + id + " was changed or removed meanwhile");
    }

    /**
     * An organiser adds a walk-in and gives them a place even when the day or their group is full, for
     * a reason that is recorded. Built like {@link #addByHand} under the same locks: the place is the
     * one the rules give when there is room, otherwise the preferred itinerary and workshop as asked.
     */
    public RegistrationOutcome addByHandForcingAPlace(long eventId, @Valid RegistrationRequest request,
                                                      @jakarta.validation.constraints.NotBlank
                                                      @jakarta.validation.constraints.Size(max = 500) String reason) {
        var day = mails.day(eventId);
        try {
            return locked.run(() -> {
                var event = registrations.lockEvent(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
                if (event.status() == EventStatus.ARCHIVED) {
                    throw new RegistrationRejected(Reason.CLOSED);
                }
                var capacities = registrations.lockCapacities(event);
                registrations.deleteCancelled(eventId, request.normalisedEmail());
                if (registrations.emailTaken(eventId, request.normalisedEmail())) {
                    throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
                }
                requireKnown(capacities, request.preferredItineraryId(), request.preferredWorkshopId());
                var seat = capacities.seatFor(request.preferredItineraryId(), request.preferredWorkshopId())
                        .orElse(new Seat(request.preferredItineraryId(), request.preferredWorkshopId()));
                long id = registrations.insert(eventId, Tokens.next(), request, RegistrationStatus.CONFIRMED, seat,
                        LocalDateTime.now());
                registrations.recordForcedReason(id, reason.strip());
                var view = registrations.byId(id).orElseThrow();
                mails.send(Kind.CONFIRMED, view, day.orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND)));
                return new RegistrationOutcome(id, view.token(), RegistrationStatus.CONFIRMED, null);
            });
        } catch (DuplicateKeyException e) {
            throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
        }
    }
}
