package fr.journees.directory.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PersonSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The people: speakers at stops, guides of itineraries, authors of texts. */
@Route("personnes")
@Menu(order = 22, title = "directory.menu.people", icon = "vaadin:user-card")
@RolesAllowed(Roles.ORGANISER)
public class PeopleView extends DirectoryView<PersonSummary, PersonDraft> {

    private final transient DirectoryService directory;

    public PeopleView(DirectoryService directory) {
        super("person", "people", "directory.menu.people", new PersonForm(
                new CallbackDataProvider<>(
                        query -> directory.findOrganisations(query.getFilter().orElse(""), query.getOffset(),
                                query.getLimit()).stream(),
                        query -> directory.countOrganisations(query.getFilter().orElse(""))),
                directory::organisationOption));
        this.directory = directory;
        grid.addColumn(PersonSummary::fullName).setHeader(getTranslation("person.fullName")).setFlexGrow(2);
        grid.addColumn(PersonSummary::functionLine).setHeader(getTranslation("person.functionLine")).setFlexGrow(3);
        grid.addColumn(PersonSummary::organisationName).setHeader(getTranslation("person.organisation"))
                .setFlexGrow(2);
        addEditColumn();
    }

    @Override
    protected List<PersonSummary> page(String filter, int offset, int limit) {
        return directory.personPage(filter, offset, limit);
    }

    @Override
    protected int count(String filter) {
        return directory.countPeople(filter);
    }

    @Override
    protected long id(PersonSummary row) {
        return row.id();
    }

    @Override
    protected String label(PersonSummary row) {
        return row.fullName();
    }

    @Override
    protected Optional<Stored<PersonDraft>> load(long id) {
        return directory.person(id).map(p -> new Stored<>(p.id(), p.version(), p.draft()));
    }

    @Override
    protected PersonDraft empty() {
        return PersonForm.EMPTY;
    }

    @Override
    protected String name(PersonDraft draft) {
        return draft.fullName();
    }

    @Override
    protected void create(PersonDraft draft) {
        directory.createPerson(draft);
    }

    @Override
    protected void update(long id, int version, PersonDraft draft) {
        directory.updatePerson(id, version, draft);
    }

    @Override
    protected void delete(long id, int version) {
        directory.deletePerson(id, version);
    }
}
