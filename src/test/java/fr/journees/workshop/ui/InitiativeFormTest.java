package fr.journees.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.support.BundleI18nProvider;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationOption;
import fr.journees.workshop.InitiativeDetail;
import fr.journees.workshop.InitiativeDraft;

/** The form alone, without Spring, speaking French through the application's bundles. */
class InitiativeFormTest {

    static final OrganisationOption MEDIATHEQUE = new OrganisationOption(5, "Médiathèque Lisa Bresner",
            OrganisationKind.LOCAL_AUTHORITY);

    InitiativeForm form;
    List<InitiativeDraft> saved = new ArrayList<>();
    int deletions;

    @BeforeEach
    void setUp() {
        BundleI18nProvider.setUpFrench();
        form = new InitiativeForm(DataProvider.fromFilteringCallbacks(
                query -> List.of(MEDIATHEQUE).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> 1), List.of("Aller vers", "Emploi"));
        form.addSaveListener(e -> saved.add(e.draft()));
        form.addDeleteListener(e -> deletions++);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void saves_the_typed_initiative_with_its_porteur_as_an_id() {
        form.create();
        _setValue(field("initiative-title"), "Ateliers radio");
        _setValue(porteur(), MEDIATHEQUE);
        _setValue(actsOn(), "Aller vers");
        _setValue(field("initiative-territory"), "Nantes, Loire-Atlantique (44)");
        _setValue(_get(TextArea.class, s -> s.withId("initiative-description")), "Une journaliste radio…");
        _click(_get(Button.class, s -> s.withId("initiative-save")));

        assertThat(saved).containsExactly(new InitiativeDraft("Ateliers radio", 5L, "Aller vers",
                "Nantes, Loire-Atlantique (44)", "Une journaliste radio…"));
    }

    @Test
    void a_new_theme_can_be_typed() {
        form.create();
        _setValue(field("initiative-title"), "Ateliers radio");
        ComboBoxKt._fireCustomValueSet(actsOn(), "Éducation aux médias");
        _click(_get(Button.class, s -> s.withId("initiative-save")));
        assertThat(saved).singleElement().extracting(InitiativeDraft::actsOn).isEqualTo("Éducation aux médias");
        assertThat(ComboBoxKt.getSuggestionItems(actsOn())).contains("Éducation aux médias");
    }

    @Test
    void an_empty_title_is_refused_at_the_field_and_nothing_is_lost() {
        form.create();
        _setValue(field("initiative-territory"), "Pau (64)");
        _click(_get(Button.class, s -> s.withId("initiative-save")));
        assertThat(saved).isEmpty();
        assertThat(field("initiative-title").isInvalid()).isTrue();
        assertThat(field("initiative-title").getErrorMessage()).isEqualTo("Donnez un titre à l’initiative.");
        assertThat(field("initiative-territory").getValue()).isEqualTo("Pau (64)");
    }

    @Test
    void editing_shows_the_porteur_and_offers_deletion() {
        form.create();
        _assertNone(Button.class, s -> s.withId("initiative-delete"));
        form.edit(new InitiativeDetail(3, 2, "Ateliers radio", MEDIATHEQUE, "Aller vers", "Nantes", null));
        assertThat(porteur().getValue()).isEqualTo(MEDIATHEQUE);
        _click(_get(Button.class, s -> s.withId("initiative-delete")));
        assertThat(deletions).isEqualTo(1);
        _click(_get(Button.class, s -> s.withId("initiative-save")));
        assertThat(saved).containsExactly(new InitiativeDraft("Ateliers radio", 5L, "Aller vers", "Nantes", null));
    }

    @Test
    void a_refused_deletion_names_the_workshops() {
        form.edit(new InitiativeDetail(3, 2, "Ateliers radio", null, null, null, null));
        form.inUse(List.of("Atelier 1 (Journée de Bayonne)"));
        assertThat(_get(Paragraph.class, s -> s.withId("initiative-form-problem")).isVisible()).isTrue();
        assertThat(porteur().getValue()).isNull();
    }

    private TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<OrganisationOption> porteur() {
        return _get(ComboBox.class, s -> s.withId("initiative-porteur"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> actsOn() {
        return _get(ComboBox.class, s -> s.withId("initiative-acts-on"));
    }
}
