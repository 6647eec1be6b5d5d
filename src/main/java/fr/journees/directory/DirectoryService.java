package fr.journees.directory;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of organisations, places (with their facts) and people. */
@Service
@Validated
public class DirectoryService {

    private final DirectoryRepository directory;

    DirectoryService(DirectoryRepository directory) {
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> findOrganisations(String filter, int offset, int limit) {
        return directory.organisationOptions(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countOrganisations(String filter) {
        return directory.countOrganisationOptions(filter);
    }

    @Transactional(readOnly = true)
    public List<PlaceOption> findPlaces(String filter, int offset, int limit) {
        return directory.placeOptions(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPlaces(String filter) {
        return directory.countPlaceOptions(filter);
    }

    @Transactional(readOnly = true)
    public List<PersonOption> findPeople(String filter, int offset, int limit) {
        return directory.personOptions(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPeople(String filter) {
        return directory.countPersonOptions(filter);
    }

    /** Returns the organisation of that name, creating it from the draft when there is none. */
    @Transactional
    public long ensureOrganisation(@Valid OrganisationDraft draft) {
        return directory.organisationIdByName(draft.name().strip())
                .orElseGet(() -> directory.insertOrganisation(draft));
    }

    /** Returns the place of that name, creating it (with its facts) when there is none. */
    @Transactional
    public long ensurePlace(@Valid PlaceDraft draft) {
        return directory.placeIdByName(draft.name().strip()).orElseGet(() -> directory.insertPlace(draft));
    }

    /** Returns the person of that name in that organisation, creating them when there is none. */
    @Transactional
    public long ensurePerson(@Valid PersonDraft draft) {
        return directory.personId(draft.fullName().strip(), draft.organisationId())
                .orElseGet(() -> directory.insertPerson(draft));
    }
}
