package fr.journees.registration.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import fr.journees.base.ui.Choice;
import fr.journees.registration.Departement;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.StructureKind;
import fr.journees.registration.RegistrationView;

/**
 * The registration fields, for the public form, the personal page and the organisers' dialogs. One
 * column on a phone, two from 600 px. Every field has its label; Vaadin announces errors on the field.
 * What was typed stays when validation fails.
 */
public class RegistrationForm extends FormLayout {

    /** Mutable twin of {@link RegistrationRequest} for the binder. */
    static final class Data {
        String firstName = "", lastName = "", email = "", phone = "", organisation = "", function = "",
                territory = "", dietary = "", accessibility = "";
        Choice itinerary, workshop;
        boolean lunch, consentData, consentPhotos;
        StructureKind structureKind;
        Departement departement;
    }

    static final Choice NO_PREFERENCE = new Choice(-1, "");

    private final Binder<Data> binder = new Binder<>();
    private final Data data = new Data();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Choice> itinerary = new Select<>();
    private final Select<Choice> workshop = new Select<>();
    private final Checkbox lunch = new Checkbox();
    private final Checkbox consentData = new Checkbox();
    private final Select<StructureKind> structureKind = new Select<>();
    private final ComboBox<Departement> departement = new ComboBox<>();

    /**
     * itineraries/workshops: choices with places left in their label (empty list: field hidden);
     * consentRequired: the data-processing consent box is shown and must be ticked.
     */
    public RegistrationForm(List<Choice> itineraries, List<Choice> workshops, boolean lunchOffered,
                            boolean consentRequired) {
        setId("registration-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        text(firstName, "firstName", true, 100, d -> d.firstName, (d, v) -> d.firstName = v);
        text(lastName, "lastName", true, 100, d -> d.lastName, (d, v) -> d.lastName = v);
        email.setLabel(getTranslation("registration.field.email"));
        email.setId("registration-email");
        email.setRequiredIndicatorVisible(true);
        binder.forField(email).asRequired(getTranslation("registration.error.required"))
                .withValidator(new EmailValidator(getTranslation("registration.error.email")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        add(firstName, lastName, email);
        text(new TextField(), "phone", false, 40, d -> d.phone, (d, v) -> d.phone = v);
        text(new TextField(), "organisation", false, 300, d -> d.organisation, (d, v) -> d.organisation = v);
        text(new TextField(), "function", false, 300, d -> d.function, (d, v) -> d.function = v);
        structureKind.setLabel(getTranslation("registration.field.structureKind"));
        structureKind.setId("registration-structureKind");
        structureKind.setItems(StructureKind.values());
        structureKind.setItemLabelGenerator(k -> k == null ? getTranslation("registration.notSaid")
                : getTranslation(k.labelKey()));
        structureKind.setEmptySelectionAllowed(true);
        structureKind.setEmptySelectionCaption(getTranslation("registration.notSaid"));
        binder.forField(structureKind).bind(d -> d.structureKind, (d, v) -> d.structureKind = v);
        departement.setLabel(getTranslation("registration.field.departement"));
        departement.setId("registration-departement");
        departement.setItems(Departement.ALL);
        departement.setItemLabelGenerator(Departement::label);
        departement.setClearButtonVisible(true);
        departement.setHelperText(getTranslation("registration.field.departement.help"));
        binder.forField(departement).bind(d -> d.departement, (d, v) -> d.departement = v);
        add(structureKind, departement);
        text(new TextField(), "territory", false, 300, d -> d.territory, (d, v) -> d.territory = v);
        choice(itinerary, "itinerary", itineraries);
        binder.forField(itinerary).bind(d -> d.itinerary, (d, v) -> d.itinerary = v);
        choice(workshop, "workshop", workshops);
        binder.forField(workshop).bind(d -> d.workshop, (d, v) -> d.workshop = v);
        lunch.setLabel(getTranslation("registration.field.lunch"));
        lunch.setId("registration-lunch");
        lunch.setVisible(lunchOffered);
        binder.forField(lunch).bind(d -> d.lunch, (d, v) -> d.lunch = v);
        add(lunch);
        area("dietary", d -> d.dietary, (d, v) -> d.dietary = v);
        area("accessibility", d -> d.accessibility, (d, v) -> d.accessibility = v);
        var photos = new Checkbox(getTranslation("registration.field.consentPhotos"));
        photos.setId("registration-consentPhotos");
        binder.forField(photos).bind(d -> d.consentPhotos, (d, v) -> d.consentPhotos = v);
        consentData.setLabel(getTranslation("registration.field.consentData"));
        consentData.setId("registration-consentData");
        consentData.setRequiredIndicatorVisible(true);
        var privacy = new Paragraph(getTranslation("registration.privacy"));
        privacy.setId("registration-privacy");
        privacy.addClassName("registration-privacy");
        if (consentRequired) {
            binder.forField(consentData).withValidator(v -> v, getTranslation("registration.error.consent"))
                    .bind(d -> d.consentData, (d, v) -> d.consentData = v);
            add(privacy, consentData);
            setColspan(privacy, 2);
            setColspan(consentData, 2);
        }
        add(photos);
        setColspan(photos, 2);
        binder.readBean(data);
    }

    private void text(TextField field, String name, boolean required, int max,
                      com.vaadin.flow.function.ValueProvider<Data, String> getter,
                      com.vaadin.flow.data.binder.Setter<Data, String> setter) {
        field.setLabel(getTranslation("registration.field." + name));
        field.setId("registration-" + name);
        // No maxlength in the browser: it would cut a pasted text silently; the validator says what is too long.
        var binding = binder.forField(field);
        if (required) {
            field.setRequiredIndicatorVisible(true);
            binding = binding.asRequired(getTranslation("registration.error.required"));
        }
        binding.withValidator(new StringLengthValidator(getTranslation("registration.error.length", max), 0, max))
                .bind(getter, setter);
        if (!required) {
            add(field);
        }
    }

    private void area(String name, com.vaadin.flow.function.ValueProvider<Data, String> getter,
                      com.vaadin.flow.data.binder.Setter<Data, String> setter) {
        var area = new TextArea(getTranslation("registration.field." + name));
        area.setId("registration-" + name);
        binder.forField(area)
                .withValidator(new StringLengthValidator(getTranslation("registration.error.length", 1000), 0, 1000))
                .bind(getter, setter);
        add(area);
    }

    private void choice(Select<Choice> select, String name, List<Choice> choices) {
        select.setLabel(getTranslation("registration.field." + name));
        select.setId("registration-" + name);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("registration.noPreference"));
        select.setItems(choices);
        select.setItemLabelGenerator(c -> c == null ? getTranslation("registration.noPreference") : c.label());
        select.setVisible(!choices.isEmpty());
        add(select);
    }

    public void setEmailEditable(boolean editable) {
        email.setReadOnly(!editable);
    }

    public void fill(RegistrationView r) {
        data.firstName = r.firstName();
        data.lastName = r.lastName();
        data.email = r.email();
        data.phone = nz(r.phone());
        data.organisation = nz(r.organisation());
        data.function = nz(r.function());
        data.territory = nz(r.territory());
        data.itinerary = find(itinerary, r.preferredItineraryId());
        data.workshop = find(workshop, r.preferredWorkshopId());
        data.lunch = r.lunch();
        data.dietary = nz(r.dietaryNeeds());
        data.accessibility = nz(r.accessibilityNeeds());
        data.consentData = true;
        data.consentPhotos = r.consentPhotos();
        data.structureKind = r.structureKind();
        data.departement = Departement.of(r.departement()).orElse(null);
        binder.readBean(data);
    }

    /** The request when every field is valid; otherwise empty, the errors shown on the fields. */
    public Optional<RegistrationRequest> read(String language) {
        if (!binder.writeBeanIfValid(data)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(new RegistrationRequest(data.firstName, data.lastName, data.email, data.phone,
                data.organisation, data.function, data.territory, id(data.itinerary), id(data.workshop), data.lunch,
                data.dietary, data.accessibility, true, data.consentPhotos, language, data.structureKind,
                data.departement == null ? null : data.departement.code()));
    }

    private static Choice find(Select<Choice> select, Long id) {
        return id == null ? null : select.getListDataView().getItems().filter(c -> c.id() == id).findFirst()
                .orElse(null);
    }

    private static Long id(Choice choice) {
        return choice == null || choice.id() < 0 ? null : choice.id();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
