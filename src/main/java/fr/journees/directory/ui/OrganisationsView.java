package fr.journees.directory.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationLogos;
import fr.journees.directory.OrganisationSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The organisations: organisers and partners of events, porteurs of initiatives, employers of people. */
@Route("organisations")
@Menu(order = 20, title = "directory.menu.organisations", icon = "vaadin:office")
@RolesAllowed(Roles.ORGANISER)
public class OrganisationsView extends DirectoryView<OrganisationSummary, OrganisationDraft> {

    private final transient DirectoryService directory;
    private final OrganisationLogoField logo;

    public OrganisationsView(DirectoryService directory, OrganisationLogos logos) {
        super("organisation", "organisations", "directory.menu.organisations", new OrganisationForm());
        this.directory = directory;
        this.logo = new OrganisationLogoField(logos);
        addAboveTheForm(logo);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("organisation.kind")).setFlexGrow(1);
        grid.addColumn(OrganisationSummary::territory).setHeader(getTranslation("organisation.territory"))
                .setFlexGrow(2);
        grid.addColumn(OrganisationSummary::contact).setHeader(getTranslation("organisation.contact")).setFlexGrow(2);
        grid.addColumn(OrganisationSummary::email).setHeader(getTranslation("organisation.email")).setFlexGrow(2);
        grid.addColumn(OrganisationSummary::phone).setHeader(getTranslation("organisation.phone")).setFlexGrow(1);
        addEditColumn();
    }

    @Override
    protected void opened(Long id) {
        logo.show(id);
    }

    @Override
    protected List<OrganisationSummary> page(String filter, int offset, int limit) {
        return directory.organisationPage(filter, offset, limit);
    }

    @Override
    protected int count(String filter) {
        return directory.countOrganisations(filter);
    }

    @Override
    protected long id(OrganisationSummary row) {
        return row.id();
    }

    @Override
    protected String label(OrganisationSummary row) {
        return row.name();
    }

    @Override
    protected Optional<Stored<OrganisationDraft>> load(long id) {
        return directory.organisation(id).map(o -> new Stored<>(o.id(), o.version(), o.draft()));
    }

    @Override
    protected OrganisationDraft empty() {
        return OrganisationForm.EMPTY;
    }

    @Override
    protected String name(OrganisationDraft draft) {
        return draft.name();
    }

    @Override
    protected void create(OrganisationDraft draft) {
        directory.createOrganisation(draft);
    }

    @Override
    protected void update(long id, int version, OrganisationDraft draft) {
        directory.updateOrganisation(id, version, draft);
    }

    @Override
    protected void delete(long id, int version) {
        directory.deleteOrganisation(id, version);
    }
}
