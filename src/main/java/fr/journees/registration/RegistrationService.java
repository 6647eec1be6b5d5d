package fr.journees.registration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.base.EmailAddresses;
import fr.journees.calendar.CalendarFile;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationMails.Kind;
import fr.journees.registration.RegistrationRejected.Reason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The only writer of registrations. Every change that takes or frees a place runs through
 * {@link LockedTransactions}: a fresh transaction whose first statement takes the day's lock, which then
 * reads the committed counts and decides by the rules of {@link Capacities}. What the mails need of the
 * day is read before the lock, so that the lock covers the decision and the writes only. A freed place
 * promotes the waiting list in its order, each person once. Mails are queued in the same transaction and
 * sent after commit.
 */
@Service
@Validated
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final NewRegistrations newRegistrations;
    private final SeatsRepository seats;
    private final LockedTransactions locked;
    private final RegistrationMails mails;
    private final CalendarService calendars;
    private final PersonalLinks links;
    private final Seating seating;
    private final PersonalDataOfRegistrations personalData;

    RegistrationService(RegistrationRepository registrations, NewRegistrations newRegistrations, SeatsRepository seats,
                        LockedTransactions locked, RegistrationMails mails, CalendarService calendars,
                        PersonalLinks links, Seating seating, PersonalDataOfRegistrations personalData) {
        this.seating = seating;
        this.personalData = personalData;
        this.registrations = registrations;
        this.newRegistrations = newRegistrations;
        this.seats = seats;
        this.locked = locked;
        this.mails = mails;
        this.calendars = calendars;
        this.links = links;
    }

    /** The public form: only inside the registration window of a published event. */
    public RegistrationOutcome register(long eventId, @Valid RegistrationRequest request) {
        return newRegistrations.insert(choicesOrRefuse(eventId), request, true);
    }

    /** An organiser registering someone by hand: the window does not apply, capacities do. */
    public RegistrationOutcome addByHand(long eventId, @Valid RegistrationRequest request) {
        return newRegistrations.insert(choicesOrRefuse(eventId), request, false);
    }

    /**
     * An organiser adds a walk-in and gives them a place even when the day or their group is full, for
     * a reason that is recorded. Built like {@link #addByHand} under the same locks: the place is the
     * one the rules give when there is room, otherwise the preferred itinerary and workshop as asked.
     */
    public RegistrationOutcome addByHandForcingAPlace(long eventId, @Valid RegistrationRequest request,
                                                      @NotBlank @Size(max = 500) String reason) {
        return newRegistrations.forcingAPlace(choicesOrRefuse(eventId), request, reason.strip());
    }

    private DayChoices choicesOrRefuse(long eventId) {
        return choices(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
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
                true, request.consentPhotos(), current.language(), request.structureKind(), request.departement());
        update(current.eventId(), current.id(), version, kept, true);
    }

    /** An organiser edits the details and preferences (not the assignment: see {@link #move}). */
    public void edit(long id, int version, @Valid RegistrationRequest request) {
        try {
            update(eventOf(id), id, version, request, false);
        } catch (DuplicateKeyException e) {
            throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
        }
    }

    private void update(long eventId, long id, int version, RegistrationRequest request, boolean followPreferences) {
        var day = mails.day(eventId).orElseThrow(() -> stale(id));
        locked.run(eventId, locked -> {
            var current = current(locked, id, version);
            if (followPreferences && current.status() == RegistrationStatus.CANCELLED) {
                throw new RegistrationRejected(Reason.CANCELLED);
            }
            locked.capacities().requireKnown(request.preferredItineraryId(), request.preferredWorkshopId());
            if (!registrations.updateDetails(locked, id, version, request)) {
                throw stale(id);
            }
            if (followPreferences && current.status() == RegistrationStatus.CONFIRMED) {
                seating.reseat(locked, current, version + 1, either(request.preferredItineraryId(), current.itineraryId()),
                        either(request.preferredWorkshopId(), current.workshopId()));
                seating.promote(locked, day);
            }
            return null;
        });
    }

    /** An organiser moves a confirmed participant to another itinerary and/or workshop, within capacities. */
    public void move(long id, int version, Long itineraryId, Long workshopId) {
        long eventId = eventOf(id);
        var day = mails.day(eventId).orElseThrow(() -> stale(id));
        locked.run(eventId, locked -> {
            var current = current(locked, id, version);
            locked.capacities().requireKnown(itineraryId, workshopId);
            if (current.status() != RegistrationStatus.CONFIRMED) {
                throw new RegistrationRejected(Reason.CANCELLED);
            }
            seating.reseat(locked, current, version, itineraryId, workshopId);
            seating.promote(locked, day);
            return null;
        });
    }

    /** The participant cancels from their personal page; their place goes to the first waiting. */
    public void cancel(String token) {
        var current = byToken(token).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
        cancel(current.eventId(), current.id(), null);
    }

    /** An organiser cancels a registration seen at {@code version}. */
    public void cancel(long id, Integer version) {
        cancel(eventOf(id), id, version);
    }

    private void cancel(long eventId, long id, Integer version) {
        var day = mails.day(eventId).orElseThrow(() -> stale(id));
        locked.run(eventId, locked -> {
            var current = registrations.underLock(locked, id).orElseThrow(() -> stale(id));
            if (current.status() == RegistrationStatus.CANCELLED) {
                return null;
            }
            if (version != null && current.version() != version) {
                throw stale(id);
            }
            if (!registrations.cancel(locked, id, current.version(), LocalDateTime.now())) {
                throw stale(id);
            }
            if (current.status() == RegistrationStatus.CONFIRMED) {
                locked.capacities().release(new Seat(current.itineraryId(), current.workshopId()));
            }
            mails.send(Kind.CANCELLED, current.cancelled(), day);
            seating.promote(locked, day);
            return null;
        });
    }

    /**
     * The participant erases their registration from their personal page: the place is freed and the
     * waiting list promoted as for a cancellation, then the row and its mails are deleted in the same
     * locked transaction (no mail says so: it would keep their address). Returns the rows deleted.
     */
    public int erase(String token) {
        return personalData.erase(byToken(token).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND)));
    }

    /** Everything held about the participant of that personal link: the registration and its mails. */
    @Transactional(readOnly = true)
    public Optional<PersonalData> personalData(String token) {
        return byToken(token).map(personalData::of);
    }

    /** What is held under that e-mail on every day, for an organiser's search (logged by the caller). */
    @Transactional(readOnly = true)
    public List<PersonalData> personalDataOf(String email) {
        return registrations.everywhere(EmailAddresses.normalise(email)).stream().map(personalData::held).toList();
    }

    /** An organiser erases one registration as the participant would: place freed, waiting list promoted. */
    public int eraseByOrganiser(long id) {
        return personalData.eraseQuietly(registrations.byId(id).orElseThrow(() -> stale(id)));
    }

    /** The retention job: every registration of that day still holding a person is anonymised; returns how many. */
    @Transactional
    public int anonymiseDay(long eventId) {
        return personalData.anonymiseDay(eventId);
    }

    /** Promotes whoever now fits (after an organiser raised a capacity, say); returns how many. */
    public int promoteWaitlist(long eventId) {
        var day = mails.day(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
        return locked.run(eventId, locked -> seating.promote(locked, day));
    }

    /**
     * Gives the confirmed participants lacking an itinerary or a workshop the one with the most room
     * left, so that groups stay balanced within their capacities; returns how many were assigned.
     */
    public int autoAssign(long eventId) {
        return locked.run(eventId, locked -> {
            var capacities = locked.capacities();
            int assigned = 0;
            for (var r : registrations.unassigned(locked, capacities.hasItineraries(), capacities.hasWorkshops())) {
                var itinerary = r.itineraryId() != null ? Optional.of(r.itineraryId())
                        : capacities.roomiestItinerary();
                var workshop = r.workshopId() != null ? Optional.of(r.workshopId()) : capacities.roomiestWorkshop();
                if (itinerary.isEmpty() && workshop.isEmpty()) {
                    continue;
                }
                if (registrations.assign(locked, r.id(), r.version(),
                        new Seat(itinerary.orElse(null), workshop.orElse(null)))) {
                    itinerary.filter(i -> r.itineraryId() == null).ifPresent(capacities::assignItinerary);
                    workshop.filter(w -> r.workshopId() == null).ifPresent(capacities::assignWorkshop);
                    assigned++;
                }
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
        registrations.byEmail(eventId, EmailAddresses.normalise(email))
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
        return seats.fillRates(eventId);
    }

    /**
     * A number that changes whenever a place of the day is taken or freed (and only then): what a page
     * showing places left is cached under.
     */
    public long seatsVersion(long eventId) {
        return seats.seatsVersion(eventId);
    }

    /** The itineraries and workshops a participant of that day may choose; empty when there is no such day. */
    public Optional<DayChoices> choices(long eventId) {
        return mails.day(eventId).map(DayChoices::new);
    }

    /** The choices of a published day by its address, as its public page shows them (see {@link CalendarService#publishedDay}). */
    public Optional<DayChoices> publishedChoices(String slug) {
        return calendars.publishedDay(slug).map(DayChoices::new);
    }

    public String personalLink(String token) {
        return links.page(token);
    }

    /**
     * The participant's own day as a calendar file: the programme with their itinerary's stops and their
     * workshop; a cancelled registration's entries are marked cancelled, so that calendars drop them.
     */
    @Transactional(readOnly = true)
    public Optional<CalendarFile> agendaFile(String token) {
        return byToken(token).flatMap(r -> mails.day(r.eventId()).map(day -> new CalendarFile(calendars.agendaFile(day,
                links.page(r.token()), r.language(), r.status() == RegistrationStatus.CANCELLED, r.itineraryId(),
                r.workshopId()), day.stamp() + "|" + r.id() + "@" + r.version() + "|" + r.status())));
    }

    /** The registration as committed, under its day's lock, if still at {@code version}. */
    private RegistrationView current(LockedDay day, long id, int version) {
        var current = registrations.underLock(day, id).orElseThrow(() -> stale(id));
        if (current.version() != version) {
            throw stale(id);
        }
        return current;
    }

    private long eventOf(long id) {
        return registrations.eventOf(id).orElseThrow(() -> stale(id));
    }

    private static Long either(Long chosen, Long current) {
        return chosen != null ? chosen : current;
    }

    private static OptimisticLockingFailureException stale(long id) {
        return Seating.stale(id);
    }
}
