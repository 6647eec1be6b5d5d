package fr.journees.directory.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;

/** Name, kind, territory, contact details and description of an organisation. */
class OrganisationForm extends DraftForm<OrganisationDraft> {

    static final OrganisationDraft EMPTY = new OrganisationDraft(null, OrganisationKind.ASSOCIATION, null, null,
            null, null, null, null, null);

    private final TextField name = text(new TextField(), "name");

    OrganisationForm() {
        super(OrganisationDraft.class, "organisation");
        var kind = new Select<OrganisationKind>();
        kind.setId("organisation-kind");
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        binder().forField(kind).bind("kind");
        var territory = text(new TextField(), "territory");
        var contact = text(new TextField(), "contact");
        contact.setHelperText(getTranslation("organisation.contact.help"));
        var email = text(new TextField(), "email");
        email.getElement().setAttribute("autocomplete", "email");
        var phone = text(new TextField(), "phone");
        phone.getElement().setAttribute("autocomplete", "tel");
        var address = text(new TextField(), "address");
        var website = text(new TextField(), "website");
        website.setHelperText(getTranslation("organisation.website.help"));
        var description = text(new TextArea(), "description");
        layout(name, kind, territory, contact, email, phone, address, website, description);
    }

    @Override
    protected TextField nameField() {
        return name;
    }
}
