package fr.journees.directory;

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
