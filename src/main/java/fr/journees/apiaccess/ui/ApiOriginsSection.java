package fr.journees.apiaccess.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Confirm;
import fr.journees.apiaccess.ApiOriginRejected;
import fr.journees.apiaccess.ApiOriginService;
import fr.journees.base.ui.Notifications;

/** The websites whose pages may call the public API from a browser (CORS): the list, adding, removing. */
class ApiOriginsSection extends VerticalLayout {

    private static final String ANY = "*";

    private final ApiOriginService origins;
    private final TextField field = new TextField();
    private final Grid<String> grid = new Grid<>();
    private final Paragraph note = new Paragraph();

    ApiOriginsSection(ApiOriginService origins) {
        this.origins = origins;
        setId("api-origins");
        setPadding(false);
        field.setId("api-origin-field");
        field.setLabel(getTranslation("api.origin.field"));
        field.setPlaceholder(getTranslation("api.origin.placeholder"));
        field.setHelperText(getTranslation("api.origin.help"));
        field.setMaxLength(300);
        field.setWidth("24rem");
        field.addValueChangeListener(e -> field.setInvalid(false));
        var add = new Button(getTranslation("api.origin.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("api-origin-add");
        add.addClickShortcut(Key.ENTER).listenOn(field);
        var adding = new HorizontalLayout(field, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.setId("api-origins-note");
        grid.setId("api-origins-grid");
        grid.addColumn(origin -> origin).setHeader(getTranslation("api.origin.column")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48rem");
        add(new H2(getTranslation("api.origins.title")), new Paragraph(getTranslation("api.origins.intro")), adding,
                note, grid);
        refresh();
    }

    private void add() {
        var typed = field.getValue();
        try {
            origins.add(typed);
        } catch (ApiOriginRejected rejected) {
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
            return;
        }
        field.clear();
        refresh();
        Notifications.success(getTranslation("api.origin.added", typed.strip()));
    }

    private Button removeButton(String origin) {
        var remove = new Button(getTranslation("api.origin.remove"), e -> confirmRemove(origin));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("api.origin.remove.title", origin));
        return remove;
    }

    private void confirmRemove(String origin) {
        Confirm.action("api-origin-remove-confirm", getTranslation("api.origin.remove.title", origin),
                getTranslation("api.origin.remove.text"), getTranslation("api.origin.remove"), () -> remove(origin));
    }

    private void remove(String origin) {
        origins.remove(origin);
        refresh();
        Notifications.success(getTranslation("api.origin.removed", origin));
    }

    /** A handful of websites at most: the grid holds them all. */
    private void refresh() {
        List<String> all = origins.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        note.setVisible(all.isEmpty() || all.contains(ANY));
        note.setText(getTranslation(all.isEmpty() ? "api.origins.empty" : "api.origins.any"));
    }
}
