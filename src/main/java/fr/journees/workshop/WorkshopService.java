package fr.journees.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.event.CapacityChanged;
import fr.journees.event.EventDuplicated;
import fr.journees.event.EventService;
import fr.journees.security.AccountService;
import jakarta.validation.Valid;

/**
 * The only writer of workshops, their facilitators and each workshop's recueil. Every write first
 * asks the event feature whether the event may still change (an archived one may not), which also
 * locks the event's row: the writes on one event's workshops, reordering included, run one at a time.
 */
@Service
@Validated
public class WorkshopService {

    private final ApplicationEventPublisher publisher;

    private final WorkshopRepository workshops;
    private final InitiativeService initiatives;
    private final EventService events;
    private final AccountService accounts;

    WorkshopService(WorkshopRepository workshops, InitiativeService initiatives, EventService events,
                    AccountService accounts, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.workshops = workshops;
        this.initiatives = initiatives;
        this.events = events;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<WorkshopView> forEvent(long eventId) {
        return workshops.forEvent(eventId);
    }

    /** Adds a workshop after the event's existing ones. */
    @Transactional
    public long create(long eventId, @Valid WorkshopDraft draft) {
        return create(eventId, draft, Set.of());
    }

    /** Adds a workshop after the event's existing ones, led by these FACILITATOR accounts. */
    @Transactional
    public long create(long eventId, @Valid WorkshopDraft draft, Set<Long> facilitatorIds) {
        events.requireEditable(eventId);
        var clean = clean(draft);
        requireFacilitators(facilitatorIds);
        if (workshops.titleTaken(eventId, clean.title(), null)) {
            throw new DuplicateTitle(clean.title());
        }
        long id = insert(eventId, clean);
        facilitatorIds.forEach(accountId -> workshops.insertFacilitator(id, accountId));
        return id;
    }

    /** Fails with OptimisticLockingFailureException when someone changed or deleted it since {@code version}. */
    @Transactional
    public void update(long workshopId, int version, @Valid WorkshopDraft draft, Set<Long> facilitatorIds) {
        long eventId = editableEventOf(workshopId);
        var clean = clean(draft);
        requireFacilitators(facilitatorIds);
        if (workshops.titleTaken(eventId, clean.title(), workshopId)) {
            throw new DuplicateTitle(clean.title());
        }
        requireChanged(workshops.update(workshopId, version, clean), workshopId);
        workshops.replaceFacilitators(workshopId, Set.copyOf(facilitatorIds));
        publisher.publishEvent(new CapacityChanged(eventId));
    }

    /** Deletes the workshop with its facilitators, recueil and fiches chantier. */
    @Transactional
    public void delete(long workshopId, int version) {
        long eventId = editableEventOf(workshopId);
        requireChanged(workshops.delete(workshopId, version), workshopId);
        workshops.renumber(workshops.orderedIds(eventId));
    }

    /** Swaps the workshop with its neighbour; nothing at either end of the list. */
    @Transactional
    public void move(long workshopId, Direction direction) {
        long eventId = editableEventOf(workshopId);
        workshops.renumber(moved(workshops.orderedIds(eventId), workshopId, direction));
    }

    @Transactional
    public void addFacilitator(long workshopId, long accountId) {
        editableEventOf(workshopId);
        requireFacilitators(Set.of(accountId));
        workshops.insertFacilitator(workshopId, accountId);
    }

    /** Returns the library's initiative of that title, creating it when there is none. */
    @Transactional
    public long ensureInitiative(@Valid InitiativeDraft draft) {
        return initiatives.ensure(draft);
    }

    /** Appends the initiative to the workshop's recueil (once). */
    @Transactional
    public void addToRecueil(long workshopId, long initiativeId) {
        editableEventOf(workshopId);
        workshops.insertRecueilEntry(workshopId, initiativeId);
    }

    @Transactional
    public void moveInRecueil(long workshopId, long initiativeId, Direction direction) {
        editableEventOf(workshopId);
        workshops.renumberRecueil(workshopId, moved(workshops.recueil(workshopId), initiativeId, direction));
    }

    /** Takes the initiative out of this recueil; it stays in the library. */
    @Transactional
    public void removeFromRecueil(long workshopId, long initiativeId) {
        editableEventOf(workshopId);
        workshops.deleteRecueilEntry(workshopId, initiativeId);
        workshops.renumberRecueil(workshopId, workshops.recueil(workshopId));
    }

    /** An event being duplicated takes its workshops along, in the same transaction. */
    @EventListener
    @Transactional
    public void copyWorkshops(EventDuplicated duplicated) {
        events.requireEditable(duplicated.copyEventId());
        workshops.copyAll(duplicated.sourceEventId(), duplicated.copyEventId());
    }

    private long editableEventOf(long workshopId) {
        long eventId = workshops.eventIdOf(workshopId).orElseThrow(() -> stale(workshopId));
        events.requireEditable(eventId);
        return eventId;
    }

    private long insert(long eventId, WorkshopDraft draft) {
        try {
            return workshops.insert(eventId, draft);
        } catch (DuplicateKeyException sameTitleMeanwhile) {
            throw new DuplicateTitle(draft.title());
        }
    }

    private void requireFacilitators(Set<Long> accountIds) {
        if (!accounts.areFacilitators(accountIds)) {
            throw new IllegalArgumentException("Only FACILITATOR accounts lead workshops: " + accountIds);
        }
    }

    private static <T> List<T> moved(List<T> ordered, T item, Direction direction) {
        var list = new ArrayList<>(ordered);
        int from = list.indexOf(item);
        int to = from + (direction == Direction.UP ? -1 : 1);
        if (from >= 0 && to >= 0 && to < list.size()) {
            list.set(from, list.get(to));
            list.set(to, item);
        }
        return list;
    }

    private static void requireChanged(int rows, long workshopId) {
        if (rows == 0) {
            throw stale(workshopId);
        }
    }

    private static OptimisticLockingFailureException stale(long workshopId) {
        return new OptimisticLockingFailureException("Workshop " + workshopId + " was changed or deleted meanwhile");
    }

    private static WorkshopDraft clean(WorkshopDraft draft) {
        return new WorkshopDraft(draft.title().strip(), blankToNull(draft.guidingQuestions()),
                blankToNull(draft.objectives()), blankToNull(draft.room()), draft.capacity());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
