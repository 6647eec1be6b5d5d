package fr.journees.registration.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.base.ui.Choice;
import fr.journees.directory.ui.Carried;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.registration.Departement;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.StructureKind;

/**
 * The registration fields, for the organisers' dialogs and the walk-in at the door. One column on a
 * phone, two from 600 px. Every field has its label; the rules are the Bean Validation annotations of
 * {@link RegistrationRequest}, said at the field in the user's language. What was typed stays when
 * validation fails.
 */
public class RegistrationForm extends FormLayout {

    private final DraftBinder<RegistrationRequest> binder = new DraftBinder<>(RegistrationRequest.class, this);
    private final boolean consentRequired;
    private final EmailField email = new EmailField();
    private final Select<Choice> itinerary = new Select<>();
    private final Select<Choice> workshop = new Select<>();
    // Given by read(language), not typed.
    private final Carried<String> language = new Carried<>();

    /**
     * itineraries/workshops: choices with places left in their label (empty list: field hidden);
     * consentRequired: the data-processing consent box is shown and must be ticked; without it (an
     * organiser editing a registration) the consent already given is carried.
     */
    public RegistrationForm(List<Choice> itineraries, List<Choice> workshops, boolean lunchOffered,
                            boolean consentRequired) {
        this.consentRequired = consentRequired;
        setId("registration-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        // In a dialog the form would stretch to the screen: a first name 600 px wide at 1366 px.
        setMaxWidth("48rem");
        var firstName = text(new TextField(), "firstName", "firstName");
        var lastName = text(new TextField(), "lastName", "lastName");
        text(email, "email", "email");
        // The field's own check of the form of an address says it as the record's @Email does.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("directory.validation.Email")));
        var phone = text(new TextField(), "phone", "phone");
        var organisation = text(new TextField(), "organisation", "organisation");
        var function = text(new TextField(), "function", "function");
        var structureKind = structureKind();
        var departement = departement();
        var territory = text(new TextField(), "territory", "territory");
        choice(itinerary, "itinerary", itineraries, "preferredItineraryId");
        choice(workshop, "workshop", workshops, "preferredWorkshopId");
        var lunch = checkbox("lunch", "lunch");
        lunch.setVisible(lunchOffered);
        var dietary = text(new TextArea(), "dietary", "dietaryNeeds");
        var accessibility = text(new TextArea(), "accessibility", "accessibilityNeeds");
        var photos = checkbox("consentPhotos", "consentPhotos");
        binder.forField(language).bind("language");
        add(firstName, lastName, email, phone, organisation, function, structureKind, departement, territory,
                itinerary, workshop, lunch, dietary, accessibility);
        if (consentRequired) {
            var consentData = checkbox("consentData", "consentData");
            consentData.setRequiredIndicatorVisible(true);
            var privacy = new Paragraph(getTranslation("registration.privacy"));
            privacy.setId("registration-privacy");
            privacy.addClassName("registration-privacy");
            add(privacy, consentData);
            setColspan(privacy, 2);
            setColspan(consentData, 2);
        } else {
            binder.forField(new Carried<Boolean>()).bind("consentData");
        }
        add(photos);
        setColspan(photos, 2);
        binder.readRecord(empty());
    }

    /** Labels, identifies and binds a text field: surrounding spaces dropped, an empty field is a null value. */
    private <F extends Component & HasValue<?, String> & HasLabel> F text(F field, String name, String property) {
        field.setId("registration-" + name);
        field.setLabel(getTranslation("registration.field." + name));
        // No maxlength in the browser: it would cut a pasted text silently; the record's @Size says what is too long.
        binder.forField(field).withConverter(String::strip, value -> value).withNullRepresentation("")
                .bind(property);
        return field;
    }

    private Checkbox checkbox(String name, String property) {
        var box = new Checkbox(getTranslation("registration.field." + name));
        box.setId("registration-" + name);
        binder.forField(box).bind(property);
        return box;
    }

    private Select<StructureKind> structureKind() {
        var select = new Select<StructureKind>();
        select.setLabel(getTranslation("registration.field.structureKind"));
        select.setId("registration-structureKind");
        select.setItems(StructureKind.values());
        select.setItemLabelGenerator(k -> k == null ? getTranslation("registration.notSaid")
                : getTranslation(k.labelKey()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("registration.notSaid"));
        binder.forField(select).bind("structureKind");
        return select;
    }

    private ComboBox<Departement> departement() {
        var box = new ComboBox<Departement>(getTranslation("registration.field.departement"));
        box.setId("registration-departement");
        box.setItems(Departement.ALL);
        box.setItemLabelGenerator(Departement::label);
        box.setClearButtonVisible(true);
        box.setHelperText(getTranslation("registration.field.departement.help"));
        binder.forField(box)
                .withConverter(d -> d == null ? null : d.code(), code -> Departement.of(code).orElse(null))
                .bind("departement");
        return box;
    }

    private void choice(Select<Choice> select, String name, List<Choice> choices, String property) {
        select.setLabel(getTranslation("registration.field." + name));
        select.setId("registration-" + name);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("registration.noPreference"));
        select.setItems(choices);
        select.setItemLabelGenerator(c -> c == null ? getTranslation("registration.noPreference") : c.label());
        select.setVisible(!choices.isEmpty());
        binder.forField(select).withConverter(RegistrationForm::id, id -> find(select, id)).bind(property);
    }

    public void setEmailEditable(boolean editable) {
        email.setReadOnly(!editable);
    }

    /** Shows a stored registration; its consent was given when it was made. */
    public void fill(RegistrationView r) {
        binder.readRecord(new RegistrationRequest(r.firstName(), r.lastName(), r.email(), r.phone(),
                r.organisation(), r.function(), r.territory(), r.preferredItineraryId(), r.preferredWorkshopId(),
                r.lunch(), r.dietaryNeeds(), r.accessibilityNeeds(), true, r.consentPhotos(), r.language(),
                r.structureKind(), r.departement()));
    }

    /** The request when every field is valid; otherwise empty, the errors shown on the fields, the first focused. */
    public Optional<RegistrationRequest> read(String language) {
        this.language.setValue(language);
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
    }

    /** Nothing typed yet; without the consent box, the consent is taken as given. */
    private RegistrationRequest empty() {
        return new RegistrationRequest(null, null, null, null, null, null, null, null, null, false, null, null,
                !consentRequired, false, "fr", null, null);
    }

    private static Choice find(Select<Choice> select, Long id) {
        return id == null ? null : select.getListDataView().getItems().filter(c -> c.id() == id).findFirst()
                .orElse(null);
    }

    /** No preference (nothing chosen, or a choice without an id of its own) is no id. */
    private static Long id(Choice choice) {
        return choice == null || choice.id() < 0 ? null : choice.id();
    }
}
