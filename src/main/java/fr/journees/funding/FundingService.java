package fr.journees.funding;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.event.EventService;
import jakarta.validation.Valid;

/**
 * The only writer of an event's funding. Every write first asks the event feature whether the event
 * may still change, which also locks the event's row: one event's lines are written one at a time.
 */
@Service
@Validated
public class FundingService {

    private final FundingRepository repository;
    private final EventService events;
    private final MessageSource messages;

    FundingService(FundingRepository repository, EventService events, MessageSource messages) {
        this.repository = repository;
        this.events = events;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<FunderLine> lines(long eventId) {
        return repository.lines(eventId);
    }

    /** The funding table with every rate computed from the amounts. */
    @Transactional(readOnly = true)
    public FundingTable table(long eventId) {
        return FundingTable.of(repository.lines(eventId));
    }

    @Transactional
    public long add(long eventId, @Valid FunderDraft draft) {
        events.requireEditable(eventId);
        return repository.insert(eventId, clean(draft));
    }

    /** Fails with OptimisticLockingFailureException when someone changed or deleted the line since {@code version}. */
    @Transactional
    public void update(long funderId, int version, @Valid FunderDraft draft) {
        events.requireEditable(eventOf(funderId));
        if (repository.update(funderId, version, clean(draft)) == 0) {
            throw stale(funderId);
        }
    }

    @Transactional
    public void delete(long funderId, int version) {
        events.requireEditable(eventOf(funderId));
        if (repository.delete(funderId, version) == 0) {
            throw stale(funderId);
        }
    }

    /** Sets what the project holder pays itself; there is one such line per event at most. */
    @Transactional
    public void setSelfFinancing(long eventId, @Valid SelfFinancingDraft draft) {
        events.requireEditable(eventId);
        repository.saveSelfFinancing(eventId, messages.getMessage("funding.self", null, Locale.FRENCH), draft);
    }

    @Transactional
    public void removeSelfFinancing(long eventId) {
        events.requireEditable(eventId);
        repository.deleteSelfFinancing(eventId);
    }

    private long eventOf(long funderId) {
        return repository.eventOf(funderId).orElseThrow(() -> stale(funderId));
    }

    private static FunderDraft clean(FunderDraft draft) {
        return new FunderDraft(draft.category(), draft.name().strip(), draft.organisationId(),
                blankToNull(draft.programmeLabel()), draft.amount(), draft.typedRate());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OptimisticLockingFailureException stale(long funderId) {
        return new OptimisticLockingFailureException("Funder line " + funderId + " was changed or deleted meanwhile");
    }
}
