package fr.journees.chantier.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;

import fr.journees.chantier.ChantierService;
import fr.journees.chantier.SheetSummary;
import fr.journees.event.ui.HomeSection;

/** A facilitator's home: the workshops they lead, each with its groups' fiches, a click away. */
@Component
class MyWorkshopsSection implements HomeSection {

    /** Workshops of days older than this go into a closed "past workshops" box. */
    static final int RECENT_DAYS = 7;

    private final ChantierService chantier;

    MyWorkshopsSection(ChantierService chantier) {
        this.chantier = chantier;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String email, boolean organiser) {
        if (organiser) {
            return Optional.empty();
        }
        var section = new Div();
        section.setId("home-my-workshops");
        section.setWidthFull();
        section.add(new H2(section.getTranslation("home.my-workshops")));
        var workshops = chantier.workshops(email);
        if (workshops.isEmpty()) {
            var empty = new Paragraph(section.getTranslation("chantier.workspace.empty"));
            empty.setId("home-my-workshops-empty");
            section.add(empty);
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        var past = new Div();
        past.setId("home-past-workshops");
        var recently = java.time.LocalDate.now().minusDays(RECENT_DAYS);
        for (var workshop : workshops) {
            var card = new Div();
            card.addClassName("card");
            card.setId("home-workshop-" + workshop.id());
            card.add(new H3(workshop.title()), new Paragraph(section.getTranslation("home.my-workshops.day",
                    workshop.eventTitle(), dates.format(workshop.eventDate()))));
            var sheets = chantier.sheets(email, workshop.id());
            if (sheets.isEmpty()) {
                card.add(new Paragraph(section.getTranslation("home.my-workshops.no-sheet")));
            } else {
                card.add(grid(sheets));
            }
            card.add(new Anchor(RouteConfiguration.forSessionScope().getUrl(ChantierWorkspaceView.class),
                    section.getTranslation("home.my-workshops.open")));
            (workshop.eventDate().isBefore(recently) ? past : section).add(card);
        }
        if (past.getComponentCount() > 0) {
            var older = new Details(section.getTranslation("home.my-workshops.past", past.getComponentCount()), past);
            older.setId("home-past-workshops-details");
            older.setWidthFull();
            section.add(older);
        }
        return Optional.of(section);
    }

    private static Grid<SheetSummary> grid(java.util.List<SheetSummary> sheets) {
        var grid = new Grid<SheetSummary>();
        grid.addClassName("clickable-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SheetSummary::groupName).setHeader(grid.getTranslation("chantier.field.group")).setFlexGrow(1);
        grid.addColumn(s -> s.keyTitle() == null ? grid.getTranslation("chantier.sheet.untitled") : s.keyTitle())
                .setHeader(grid.getTranslation("chantier.field.keyTitle")).setFlexGrow(3);
        grid.addComponentColumn(s -> new FeasibilityBadge(s.feasibility()))
                .setHeader(grid.getTranslation("chantier.field.feasibility")).setAutoWidth(true);
        grid.setItems(sheets);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate(SheetEditorView.class, SheetEditorView.parameters(click.getItem().id()))));
        grid.setId("home-sheets-" + sheets.get(0).workshopId());
        return grid;
    }
}
