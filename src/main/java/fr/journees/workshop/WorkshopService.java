package fr.journees.workshop;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of workshops, their facilitators, the initiatives library and each workshop's recueil. */
@Service
@Validated
public class WorkshopService {

    private final WorkshopRepository workshops;

    WorkshopService(WorkshopRepository workshops) {
        this.workshops = workshops;
    }

    /** Adds a workshop after the event's existing ones. */
    @Transactional
    public long create(long eventId, @Valid WorkshopDraft draft) {
        return workshops.insert(eventId, draft);
    }

    @Transactional
    public void addFacilitator(long workshopId, long accountId) {
        workshops.insertFacilitator(workshopId, accountId);
    }

    /** Returns the library's initiative of that title, creating it when there is none. */
    @Transactional
    public long ensureInitiative(@Valid InitiativeDraft draft) {
        return workshops.initiativeIdByTitle(draft.title().strip())
                .orElseGet(() -> workshops.insertInitiative(draft));
    }

    /** Appends the initiative to the workshop's recueil (once). */
    @Transactional
    public void addToRecueil(long workshopId, long initiativeId) {
        workshops.insertRecueilEntry(workshopId, initiativeId);
    }

    @Transactional(readOnly = true)
    public List<WorkshopView> forEvent(long eventId) {
        return workshops.forEvent(eventId);
    }
}
