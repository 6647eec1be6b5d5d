package fr.journees.directory;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The only writer of organisations, places (with their facts) and people. Updates and deletions name
 * the version the user read: a row changed meanwhile is never silently overwritten. A row that
 * something still refers to is not deleted.
 */
@Service
@Validated
public class DirectoryService {

    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final PersonRepository people;

    DirectoryService(OrganisationRepository organisations, PlaceRepository places, PersonRepository people) {
        this.organisations = organisations;
        this.places = places;
        this.people = people;
    }

    // Organisations

    /** Organisations whose name, territory or contact contains the filter (all when blank), by name. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> findOrganisations(String filter, int offset, int limit) {
        return organisations.organisationOptions(filter, offset, limit);
    }

    /** How many organisations {@link #findOrganisations} and {@link #organisationPage} page through. */
    @Transactional(readOnly = true)
    public int countOrganisations(String filter) {
        return organisations.countOrganisationOptions(filter);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationPage(String filter, int offset, int limit) {
        return organisations.organisationSummaries(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(long id) {
        return organisations.organisation(id);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationOption> organisationOption(long id) {
        return organisations.organisationOption(id);
    }

    /** Returns the organisation of that name, creating it from the draft when there is none. */
    @Transactional
    public long ensureOrganisation(@Valid OrganisationDraft draft) {
        return organisations.organisationIdByName(draft.name().strip())
                .orElseGet(() -> organisations.insertOrganisation(draft));
    }

    /** @throws DuplicateName when an organisation of that name exists */
    @Transactional
    public long createOrganisation(@Valid OrganisationDraft draft) {
        var name = draft.name().strip();
        if (organisations.organisationIdByName(name).isPresent()) {
            throw new DuplicateName(name);
        }
        return uniqueName(name, () -> organisations.insertOrganisation(draft));
    }

    /**
     * @throws OptimisticLockingFailureException when the organisation changed or disappeared since that version was read
     * @throws DuplicateName when another organisation has that name
     */
    @Transactional
    public void updateOrganisation(long id, int version, @Valid OrganisationDraft draft) {
        var name = draft.name().strip();
        if (organisations.organisationIdByName(name).filter(other -> other != id).isPresent()) {
            throw new DuplicateName(name);
        }
        requireUpdated(uniqueName(name, () -> organisations.updateOrganisation(id, version, draft)), "organisation", id);
    }

    /**
     * Deletes the organisation unless people, events, initiatives or funders still refer to it. An
     * organisation already gone is not an error.
     *
     * @throws StillReferenced naming what still refers to it
     * @throws OptimisticLockingFailureException when it changed since that version was read
     */
    @Transactional
    public void deleteOrganisation(long id, int version) {
        var row = organisations.lockOrganisation(id);
        if (row.isEmpty()) {
            return;
        }
        requireVersion(row.get(), version, "organisation", id);
        var references = organisations.organisationReferences(id);
        if (!references.isEmpty()) {
            throw new StillReferenced(row.get().name(), references);
        }
        organisations.deleteOrganisation(id);
    }

    // Places

    /** Places whose name, short name or address contains the filter (all when blank), by name. */
    @Transactional(readOnly = true)
    public List<PlaceOption> findPlaces(String filter, int offset, int limit) {
        return places.placeOptions(filter, offset, limit);
    }

    /** How many places {@link #findPlaces} and {@link #placePage} page through. */
    @Transactional(readOnly = true)
    public int countPlaces(String filter) {
        return places.countPlaceOptions(filter);
    }

    @Transactional(readOnly = true)
    public List<PlaceSummary> placePage(String filter, int offset, int limit) {
        return places.placeSummaries(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(long id) {
        return places.place(id);
    }

    /** Returns the place of that name, creating it (with its facts) when there is none. */
    @Transactional
    public long ensurePlace(@Valid PlaceDraft draft) {
        return places.placeIdByName(draft.name().strip()).orElseGet(() -> places.insertPlace(draft));
    }

    /** @throws DuplicateName when a place of that name exists */
    @Transactional
    public long createPlace(@Valid PlaceDraft draft) {
        var name = draft.name().strip();
        if (places.placeIdByName(name).isPresent()) {
            throw new DuplicateName(name);
        }
        return uniqueName(name, () -> places.insertPlace(draft));
    }

    /**
     * Saves the place and replaces its facts by the draft's, in the draft's order.
     *
     * @throws OptimisticLockingFailureException when the place changed or disappeared since that version was read
     * @throws DuplicateName when another place has that name
     */
    @Transactional
    public void updatePlace(long id, int version, @Valid PlaceDraft draft) {
        var name = draft.name().strip();
        if (places.placeIdByName(name).filter(other -> other != id).isPresent()) {
            throw new DuplicateName(name);
        }
        requireUpdated(uniqueName(name, () -> places.updatePlace(id, version, draft)), "place", id);
        places.replaceFacts(id, draft.facts());
    }

    /**
     * Deletes the place and its facts unless an event, a programme slot or an itinerary stop still
     * refers to it. A place already gone is not an error.
     *
     * @throws StillReferenced naming what still refers to it
     * @throws OptimisticLockingFailureException when it changed since that version was read
     */
    @Transactional
    public void deletePlace(long id, int version) {
        var row = places.lockPlace(id);
        if (row.isEmpty()) {
            return;
        }
        requireVersion(row.get(), version, "place", id);
        var references = places.placeReferences(id);
        if (!references.isEmpty()) {
            throw new StillReferenced(row.get().name(), references);
        }
        places.deletePlace(id);
    }

    // People

    /** People whose name, function or organisation contains the filter (all when blank), by name. */
    @Transactional(readOnly = true)
    public List<PersonOption> findPeople(String filter, int offset, int limit) {
        return people.personOptions(filter, offset, limit);
    }

    /** How many people {@link #findPeople} and {@link #personPage} page through. */
    @Transactional(readOnly = true)
    public int countPeople(String filter) {
        return people.countPersonOptions(filter);
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> personPage(String filter, int offset, int limit) {
        return people.personSummaries(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(long id) {
        return people.person(id);
    }

    /** Returns the person of that name in that organisation, creating them when there is none. */
    @Transactional
    public long ensurePerson(@Valid PersonDraft draft) {
        return people.personId(draft.fullName().strip(), draft.organisationId())
                .orElseGet(() -> people.insertPerson(draft));
    }

    /** People may share a name (two Marie Dupont in two organisations): no uniqueness here. */
    @Transactional
    public long createPerson(@Valid PersonDraft draft) {
        return people.insertPerson(draft);
    }

    /** @throws OptimisticLockingFailureException when the person changed or disappeared since that version was read */
    @Transactional
    public void updatePerson(long id, int version, @Valid PersonDraft draft) {
        requireUpdated(people.updatePerson(id, version, draft), "person", id);
    }

    /**
     * Deletes the person unless they still speak at a stop, guide an itinerary or have an account. A
     * person already gone is not an error.
     *
     * @throws StillReferenced naming what still refers to them
     * @throws OptimisticLockingFailureException when they changed since that version was read
     */
    @Transactional
    public void deletePerson(long id, int version) {
        var row = people.lockPerson(id);
        if (row.isEmpty()) {
            return;
        }
        requireVersion(row.get(), version, "person", id);
        var references = people.personReferences(id);
        if (!references.isEmpty()) {
            throw new StillReferenced(row.get().name(), references);
        }
        people.deletePerson(id);
    }

    // Shared rules

    /** The check before the write can race with another transaction: the unique key has the last word. */
    private static <T> T uniqueName(String name, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException duplicate) {
            throw new DuplicateName(name);
        }
    }

    private static void requireUpdated(int rows, String what, long id) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException(
                    "The " + what + " " + id + " was changed or deleted by someone else meanwhile");
        }
    }

    private static void requireVersion(DirectoryTableRepository.Versioned row, int version, String what, long id) {
        if (row.version() != version) {
            throw new OptimisticLockingFailureException("The " + what + " " + id + " is at version "
                    + row.version() + ", not " + version + ": someone else changed it meanwhile");
        }
    }
}
