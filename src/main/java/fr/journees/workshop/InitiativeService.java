package fr.journees.workshop;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of the initiatives library; each workshop's recueil is WorkshopService's. */
@Service
@Validated
public class InitiativeService {

    private final InitiativeRepository initiatives;

    InitiativeService(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Transactional(readOnly = true)
    public List<InitiativeView> page(InitiativeFilter filter, List<InitiativeOrder> orders, int offset, int limit) {
        return initiatives.page(filter, orders, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(InitiativeFilter filter) {
        return initiatives.count(filter);
    }

    /** The "agir sur" themes in use. */
    @Transactional(readOnly = true)
    public List<String> themes() {
        return initiatives.themes();
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeDetail> detail(long id) {
        return initiatives.detail(id);
    }

    /** Initiatives whose title or porteur contains the text, for a picker. */
    @Transactional(readOnly = true)
    public List<InitiativeView> options(String text, int offset, int limit) {
        return initiatives.page(new InitiativeFilter(text, null, null),
                List.of(new InitiativeOrder(InitiativeOrder.Column.TITLE, false)), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countOptions(String text) {
        return initiatives.count(new InitiativeFilter(text, null, null));
    }

    @Transactional
    public long create(@Valid InitiativeDraft draft) {
        var clean = clean(draft);
        if (initiatives.titleTaken(clean.title(), null)) {
            throw new DuplicateTitle(clean.title());
        }
        try {
            return initiatives.insert(clean);
        } catch (DuplicateKeyException sameTitleMeanwhile) {
            throw new DuplicateTitle(clean.title());
        }
    }

    /** Returns the initiative of that title, creating it when there is none. */
    @Transactional
    public long ensure(@Valid InitiativeDraft draft) {
        return initiatives.idByTitle(draft.title().strip()).orElseGet(() -> initiatives.insert(clean(draft)));
    }

    /** Fails with OptimisticLockingFailureException when someone changed or deleted it since {@code version}. */
    @Transactional
    public void update(long id, int version, @Valid InitiativeDraft draft) {
        var clean = clean(draft);
        if (initiatives.titleTaken(clean.title(), id)) {
            throw new DuplicateTitle(clean.title());
        }
        try {
            requireChanged(initiatives.update(id, version, clean), id);
        } catch (DuplicateKeyException sameTitleMeanwhile) {
            throw new DuplicateTitle(clean.title());
        }
    }

    /** Refused with InitiativeInUse, naming the workshops, while a recueil lists it. */
    @Transactional
    public void delete(long id, int version) {
        if (!initiatives.lock(id)) {
            requireChanged(0, id);
        }
        var recueils = initiatives.recueilsListing(id);
        if (!recueils.isEmpty()) {
            throw new InitiativeInUse(recueils);
        }
        requireChanged(initiatives.delete(id, version), id);
    }

    private static void requireChanged(int rows, long id) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Initiative " + id + " was changed or deleted meanwhile");
        }
    }

    /** Stripped, and empty optional texts stored as absent so that they never show up as a theme. */
    private static InitiativeDraft clean(InitiativeDraft draft) {
        return new InitiativeDraft(draft.title().strip(), draft.porteurOrganisationId(), blankToNull(draft.actsOn()),
                blankToNull(draft.territory()), blankToNull(draft.description()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
