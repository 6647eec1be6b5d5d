package fr.journees.directory.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.PlaceDraft;
import fr.journees.directory.PlaceSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The places: venues of events, stops of itineraries, with their "Le saviez-vous ?" facts. */
@Route("lieux")
@Menu(order = 21, title = "directory.menu.places", icon = "vaadin:map-marker")
@RolesAllowed(Roles.ORGANISER)
public class PlacesView extends DirectoryView<PlaceSummary, PlaceDraft> {

    private final transient DirectoryService directory;

    public PlacesView(DirectoryService directory) {
        super("place", "places", "directory.menu.places", new PlaceForm());
        this.directory = directory;
        grid.addColumn(PlaceSummary::name).setHeader(getTranslation("place.name")).setFlexGrow(3);
        grid.addColumn(PlaceSummary::shortName).setHeader(getTranslation("place.shortName")).setFlexGrow(1);
        grid.addColumn(PlaceSummary::address).setHeader(getTranslation("place.address")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.located() ? "place.located.yes" : "place.located.no"))
                .setHeader(getTranslation("place.located")).setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(PlaceSummary::factCount).setHeader(getTranslation("place.facts")).setFlexGrow(0)
                .setAutoWidth(true);
        addEditColumn();
    }

    @Override
    protected List<PlaceSummary> page(String filter, int offset, int limit) {
        return directory.placePage(filter, offset, limit);
    }

    @Override
    protected int count(String filter) {
        return directory.countPlaces(filter);
    }

    @Override
    protected long id(PlaceSummary row) {
        return row.id();
    }

    @Override
    protected String label(PlaceSummary row) {
        return row.name();
    }

    @Override
    protected Optional<Stored<PlaceDraft>> load(long id) {
        return directory.place(id).map(p -> new Stored<>(p.id(), p.version(), p.draft()));
    }

    @Override
    protected PlaceDraft empty() {
        return PlaceForm.EMPTY;
    }

    @Override
    protected String name(PlaceDraft draft) {
        return draft.name();
    }

    @Override
    protected void create(PlaceDraft draft) {
        directory.createPlace(draft);
    }

    @Override
    protected void update(long id, int version, PlaceDraft draft) {
        directory.updatePlace(id, version, draft);
    }

    @Override
    protected void delete(long id, int version) {
        directory.deletePlace(id, version);
    }
}
