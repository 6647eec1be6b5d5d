package fr.journees.directory.ui;

import java.util.Optional;
import java.util.function.LongFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.BackEndDataProvider;

import fr.journees.directory.OrganisationOption;
import fr.journees.directory.PersonDraft;

/** Full name, function line ("chargé de mission …") and organisation of a person. */
class PersonForm extends DraftForm<PersonDraft> {

    static final PersonDraft EMPTY = new PersonDraft(null, null, null);

    private final TextField name = text(new TextField(), "fullName");

    /**
     * @param organisations the organisations the picker pages through, filtered by what is typed
     * @param organisationById the organisation of a stored person, to show it
     */
    PersonForm(BackEndDataProvider<OrganisationOption, String> organisations,
               LongFunction<Optional<OrganisationOption>> organisationById) {
        super(PersonDraft.class, "person");
        var function = text(new TextField(), "functionLine");
        function.setHelperText(getTranslation("person.functionLine.help"));
        var organisation = new ComboBox<OrganisationOption>(getTranslation("person.organisation"));
        organisation.setId("person-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("person.organisation.none"));
        organisation.setHelperText(getTranslation("person.organisation.help"));
        binder().forField(organisation)
                .withConverter(option -> option == null ? null : option.id(),
                        id -> id == null ? null : organisationById.apply(id).orElse(null))
                .bind("organisationId");
        layout(name, function, organisation);
        setColspan(organisation, 2);
    }

    @Override
    protected TextField nameField() {
        return name;
    }
}
