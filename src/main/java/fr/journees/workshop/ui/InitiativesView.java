package fr.journees.workshop.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.directory.DirectoryService;
import fr.journees.security.Roles;
import fr.journees.workshop.InitiativeFilter;
import fr.journees.workshop.InitiativeOrder;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.InitiativeView;
import jakarta.annotation.security.RolesAllowed;

/** The library of inspiring initiatives that workshops' recueils pick from, searched and filtered in SQL. */
@Route("initiatives")
@Menu(order = 30, title = "menu.initiatives", icon = "vaadin:lightbulb")
@RolesAllowed(Roles.ORGANISER)
public class InitiativesView extends VerticalLayout implements HasDynamicTitle {

    private final InitiativeService initiatives;
    private final TextField search = new TextField();
    private final ComboBox<String> theme = new ComboBox<>();
    private final TextField territory = new TextField();
    private final Grid<InitiativeView> grid = new Grid<>();

    public InitiativesView(InitiativeService initiatives, DirectoryService directory) {
        this.initiatives = initiatives;
        setId("initiatives-view");
        var editor = new InitiativeEditor(initiatives, directory, this::refresh);
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.deselectAll();
            }
        });
        var create = new Button(getTranslation("initiative.new"), VaadinIcon.PLUS.create(), e -> editor.create());
        create.setId("initiative-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                initiatives.detail(e.getValue().id()).ifPresentOrElse(editor::edit, this::refresh);
            }
        });
        add(new H1(getTranslation("menu.initiatives")), new Paragraph(getTranslation("initiative.intro")),
                filters(create), grid);
        setSizeFull();
    }

    private HorizontalLayout filters(Button create) {
        search.setId("initiatives-search");
        search.setLabel(getTranslation("initiative.search"));
        search.setPlaceholder(getTranslation("initiative.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        theme.setId("initiatives-theme");
        theme.setLabel(getTranslation("initiative.actsOn"));
        theme.setItems(initiatives.themes());
        territory.setId("initiatives-territory");
        territory.setLabel(getTranslation("initiative.territory"));
        for (var field : List.of(search, territory)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("20rem");
        var bar = new HorizontalLayout(search, theme, territory, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("initiatives-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InitiativeView::title).setHeader(getTranslation("initiative.title"))
                .setSortProperty(InitiativeOrder.Column.TITLE.name()).setFlexGrow(3);
        grid.addColumn(InitiativeView::porteur).setHeader(getTranslation("initiative.porteur"))
                .setSortProperty(InitiativeOrder.Column.PORTEUR.name()).setFlexGrow(2);
        grid.addColumn(InitiativeView::actsOn).setHeader(getTranslation("initiative.actsOn"))
                .setSortProperty(InitiativeOrder.Column.ACTS_ON.name()).setFlexGrow(1);
        grid.addColumn(InitiativeView::territory).setHeader(getTranslation("initiative.territory"))
                .setSortProperty(InitiativeOrder.Column.TERRITORY.name()).setFlexGrow(2);
        grid.setItems(query -> initiatives.page(filter(), orders(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> initiatives.count(filter()));
        grid.setEmptyStateText(getTranslation("initiative.empty"));
        grid.addClassName("clickable-rows");
    }

    private InitiativeFilter filter() {
        return new InitiativeFilter(search.getValue(), theme.getValue(), territory.getValue());
    }

    private static List<InitiativeOrder> orders(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .map(order -> new InitiativeOrder(InitiativeOrder.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    /** After a change: the list, and the themes offered by the filter, which a save may have added to. */
    private void refresh() {
        var selectedTheme = theme.getValue();
        var themes = initiatives.themes();
        theme.setItems(themes);
        theme.setValue(themes.contains(selectedTheme) ? selectedTheme : null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.initiatives") + " · " + getTranslation("app.name");
    }
}
