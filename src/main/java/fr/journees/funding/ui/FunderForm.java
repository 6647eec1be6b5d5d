package fr.journees.funding.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.directory.ui.DraftForm;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FunderLine;

/** One funder line: financier category, partner, optional directory organisation, programme line, amount. */
class FunderForm extends DraftForm<FunderDraft> {

    static final FunderDraft EMPTY = new FunderDraft(FunderCategory.OTHER_PARTNER, null, null, null, null, null);

    private final TextField name = text(new TextField(), "name");
    private final ComboBox<Choice> organisation = new ComboBox<>();
    private final Map<Long, String> organisationNames = new HashMap<>();
    private FunderLine editing;

    FunderForm(LazyChoices.Page organisations, ToIntFunction<String> countOrganisations) {
        super(FunderDraft.class, "funder");
        var category = new Select<FunderCategory>();
        category.setId("funder-category");
        category.setLabel(getTranslation("funder.category"));
        category.setItems(FunderCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        binder().forField(category).bind("category");
        organisation.setId("funder-organisation");
        organisation.setLabel(getTranslation("funder.organisation"));
        organisation.setHelperText(getTranslation("funder.organisation.help"));
        organisation.setClearButtonVisible(true);
        LazyChoices.bind(organisation, organisations, countOrganisations);
        binder().forField(organisation)
                .withConverter(choice -> choice == null ? null : choice.id(),
                        id -> id == null ? null : new Choice(id, organisationNames.getOrDefault(id, "")))
                .bind("organisationId");
        organisation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && name.getValue().isBlank()) {
                name.setValue(e.getValue().label());
            }
        });
        var programme = text(new TextField(), "programmeLabel");
        programme.setHelperText(getTranslation("funder.programmeLabel.help"));
        var amount = number("amount");
        var typedRate = number("typedRate");
        typedRate.setHelperText(getTranslation("funder.typedRate.help"));
        layout(category, name, organisation, programme, amount, typedRate);
    }

    private BigDecimalField number(String property) {
        var field = new BigDecimalField(getTranslation("funder." + property));
        field.setId("funder-" + property);
        binder().forField(field).bind(property);
        return field;
    }

    void create() {
        editing = null;
        edit(EMPTY, false);
    }

    void edit(FunderLine line) {
        editing = line;
        if (line.organisationId() != null) {
            organisationNames.put(line.organisationId(), line.organisationName());
        }
        edit(line.toDraft(), true);
    }

    /** The line being edited, null while creating one. */
    FunderLine editing() {
        return editing;
    }

    @Override
    protected TextField nameField() {
        return name;
    }
}
