package fr.journees.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.privacy.PeopleData;
import fr.journees.privacy.PersonLookup;
import fr.journees.privacy.PrivacyService;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisers' personal-data desk: find a person by e-mail across all days, see and export what is
 * held about them, erase them everywhere for a recorded reason; below, the log of every such action.
 */
@Route("donnees-personnelles")
@Menu(order = 88, title = "privacy.people.menu", icon = "vaadin:shield")
@RolesAllowed(Roles.ORGANISER)
public class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleData people;
    private final String actor;
    private final TextField email = new TextField();
    private final DraftBinder<PersonLookup> binder = new DraftBinder<>(PersonLookup.class, this);
    private final VerticalLayout result = new VerticalLayout();
    private final PrivacyLogGrid log;

    public PersonalDataView(PeopleData people, PrivacyService privacy, AuthenticationContext authentication) {
        this.people = people;
        this.actor = authentication.getPrincipalName().orElse("");
        this.log = new PrivacyLogGrid(privacy);
        setId("personal-data-view");
        email.setId("person-email");
        email.setLabel(getTranslation("privacy.people.email"));
        email.setHelperText(getTranslation("privacy.people.email.helper"));
        email.setClearButtonVisible(true);
        email.setWidth("24rem");
        email.setMaxWidth("100%");
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocomplete", "off");
        // A pasted address often carries spaces around it; the lookup normalises them, the check must too.
        binder.forField(email).withConverter(String::strip, s -> s).bind("email");
        var search = new Button(getTranslation("privacy.people.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("person-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        var bar = new HorizontalLayout(email, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        result.setId("person-result");
        result.setPadding(false);
        log.setHeight("24rem");
        add(new H1(getTranslation("privacy.people.menu")), new Paragraph(getTranslation("privacy.people.intro")), bar,
                result, new H2(getTranslation("privacy.log.title")), log);
    }

    private void search() {
        if (binder.validate().isOk()) {
            show(email.getValue().strip());
        }
    }

    private void show(String address) {
        result.removeAll();
        result.add(new PersonHeldPanel(people, actor, people.find(address), () -> {
            show(address);
            log.refresh();
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.people.menu") + " · " + getTranslation("app.name");
    }
}
