package fr.journees.workshop.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.shared.Registration;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.base.ui.DialogButtons;
import fr.journees.directory.OrganisationOption;
import fr.journees.workshop.InitiativeDetail;
import fr.journees.workshop.InitiativeDraft;

/** One initiative of the library: title, porteur, "agir sur" theme, territory, description. */
class InitiativeForm extends FormLayout {

    private final TextField title = new TextField();
    private final ComboBox<OrganisationOption> porteur = new ComboBox<>();
    private final ComboBox<String> actsOn = new ComboBox<>();
    private final TextField territory = new TextField();
    private final TextArea description = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final Button delete = new Button();
    private final DraftBinder<InitiativeDraft> binder = new DraftBinder<>(InitiativeDraft.class, this);
    private final List<String> themes = new ArrayList<>();
    private InitiativeDetail editing;

    /** porteurs: the organisations, filtered by name; themes: the "agir sur" values already in use. */
    InitiativeForm(DataProvider<OrganisationOption, String> porteurs, List<String> themesInUse) {
        setId("initiative-form");
        title.setId("initiative-title");
        title.setLabel(getTranslation("initiative.title"));
        title.setMaxLength(500);
        porteur.setId("initiative-porteur");
        porteur.setLabel(getTranslation("initiative.porteur"));
        porteur.setItems(porteurs);
        porteur.setItemLabelGenerator(OrganisationOption::name);
        porteur.setClearButtonVisible(true);
        porteur.setHelperText(getTranslation("initiative.porteur.help"));
        themes.addAll(themesInUse);
        actsOn.setId("initiative-acts-on");
        actsOn.setLabel(getTranslation("initiative.actsOn"));
        actsOn.setItems(themes);
        actsOn.setAllowCustomValue(true);
        actsOn.setClearButtonVisible(true);
        actsOn.setHelperText(getTranslation("initiative.actsOn.help"));
        actsOn.addCustomValueSetListener(e -> {
            var theme = e.getDetail().strip();
            if (!theme.isEmpty() && !themes.contains(theme)) {
                themes.add(theme);
                actsOn.getDataProvider().refreshAll();
            }
            actsOn.setValue(theme.isEmpty() ? null : theme);
        });
        territory.setId("initiative-territory");
        territory.setLabel(getTranslation("initiative.territory"));
        territory.setMaxLength(500);
        territory.setPlaceholder(getTranslation("initiative.territory.placeholder"));
        description.setId("initiative-description");
        description.setLabel(getTranslation("initiative.description"));
        description.setMinHeight("8rem");
        problem.setId("initiative-form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        bind();
        add(title, porteur, actsOn, territory, description, problem, buttons());
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(problem, 2);
    }

    private void bind() {
        binder.forField(title).bind("title");
        binder.forField(porteur)
                .withConverter(Converter.<OrganisationOption, Long>from(
                        option -> Result.ok(option == null ? null : option.id()),
                        id -> id != null && editing != null && editing.porteur() != null && editing.porteur().id() == id
                                ? editing.porteur() : null))
                .bind("porteurOrganisationId");
        binder.forField(actsOn).bind("actsOn");
        // An empty text is no text: stored as absent rather than as an empty string.
        binder.forField(territory).withNullRepresentation("").bind("territory");
        binder.forField(description).withNullRepresentation("").bind("description");
    }

    private HorizontalLayout buttons() {
        var save = new Button(getTranslation("initiative.action.save"), e -> validateAndSave());
        save.setId("initiative-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("initiative.action.delete"));
        delete.setId("initiative-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this)));
        var cancel = new Button(getTranslation("initiative.action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("initiative-cancel");
        return DialogButtons.row(delete, cancel, save);
    }

    void create() {
        editing = null;
        delete.setVisible(false);
        problem.setVisible(false);
        binder.readRecord(new InitiativeDraft("", null, null, null, null));
    }

    void edit(InitiativeDetail initiative) {
        editing = initiative;
        delete.setVisible(true);
        problem.setVisible(false);
        if (initiative.actsOn() != null && !themes.contains(initiative.actsOn())) {
            themes.add(initiative.actsOn());
            actsOn.getDataProvider().refreshAll();
        }
        binder.readRecord(initiative.draft());
    }

    /** The initiative being edited, or null when creating one. */
    InitiativeDetail editing() {
        return editing;
    }

    void titleTaken() {
        title.setErrorMessage(getTranslation("initiative.error.titleTaken"));
        title.setInvalid(true);
    }

    /** Someone changed or deleted it meanwhile: say so, keep the typing. */
    void conflict() {
        showProblem(getTranslation("initiative.conflict"));
    }

    void inUse(List<String> workshops) {
        showProblem(getTranslation("initiative.inUse", String.join(" ; ", workshops)));
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void validateAndSave() {
        problem.setVisible(false);
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException invalid) {
            // the binder has marked the fields with their messages
        }
    }

    static class SaveEvent extends ComponentEvent<InitiativeForm> {
        private final InitiativeDraft draft;

        SaveEvent(InitiativeForm source, InitiativeDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        InitiativeDraft draft() {
            return draft;
        }
    }

    static class DeleteEvent extends ComponentEvent<InitiativeForm> {
        DeleteEvent(InitiativeForm source) {
            super(source, false);
        }
    }

    static class CloseEvent extends ComponentEvent<InitiativeForm> {
        CloseEvent(InitiativeForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
