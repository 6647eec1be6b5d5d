package fr.journees.directory.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.PlaceDraft;

/**
 * Name, short name, address, optional coordinates (both or neither), description, accessibility and
 * the ordered "Le saviez-vous ?" facts of a place.
 */
class PlaceForm extends DraftForm<PlaceDraft> {

    static final PlaceDraft EMPTY = new PlaceDraft(null, null, null, null, null, null, null, List.of());

    private final TextField name = text(new TextField(), "name");

    PlaceForm() {
        super(PlaceDraft.class, "place");
        var shortName = text(new TextField(), "shortName");
        shortName.setHelperText(getTranslation("place.shortName.help"));
        var address = text(new TextField(), "address");
        var latitude = coordinate("latitude");
        var longitude = coordinate("longitude");
        var latitudeBinding = binder().forField(latitude).withConverter(value -> value, PlaceForm::plain)
                .withValidator(value -> value != null || longitude.isEmpty(), getTranslation("place.latitude.missing"))
                .bind("latitude");
        var longitudeBinding = binder().forField(longitude).withConverter(value -> value, PlaceForm::plain)
                .withValidator(value -> value != null || latitude.isEmpty(), getTranslation("place.longitude.missing"))
                .bind("longitude");
        // Typing one coordinate says at once that the other is expected, and clears that once both are there.
        latitude.addValueChangeListener(e -> longitudeBinding.validate());
        longitude.addValueChangeListener(e -> latitudeBinding.validate());
        var description = text(new TextArea(), "description");
        var accessibility = text(new TextArea(), "accessibility");
        accessibility.setHelperText(getTranslation("place.accessibility.help"));
        var facts = new FactsField();
        binder().forField(facts).bind("facts");
        layout(name, shortName, address, latitude, longitude, description, accessibility, facts);
        setColspan(address, 2);
    }

    private BigDecimalField coordinate(String property) {
        var field = new BigDecimalField(getTranslation("place." + property));
        field.setId("place-" + property);
        field.setHelperText(getTranslation("place." + property + ".help"));
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("place.coordinate.badInput")));
        return field;
    }

    /** 43.502100 as stored is shown 43.5021. */
    private static BigDecimal plain(BigDecimal coordinate) {
        if (coordinate == null) {
            return null;
        }
        var stripped = coordinate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    protected TextField nameField() {
        return name;
    }
}
