package fr.journees.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;

import fr.journees.support.BundleI18nProvider;
import fr.journees.security.AccountOption;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopView;

/** The form alone, without Spring, speaking French through the application's bundles. */
class WorkshopFormTest {

    static final AccountOption LEA = new AccountOption(1, "Léa", "lea@centre.example");
    static final AccountOption MARC = new AccountOption(2, "Marc", "marc@centre.example");

    WorkshopForm form;
    List<WorkshopForm.SaveEvent> saved = new ArrayList<>();
    int invitations;

    @BeforeEach
    void setUp() {
        BundleI18nProvider.setUpFrench();
        form = new WorkshopForm(DataProvider.fromFilteringCallbacks(
                query -> List.of(LEA, MARC).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> 2));
        form.addSaveListener(saved::add);
        form.addInviteListener(e -> invitations++);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void saves_the_typed_workshop_with_its_facilitators() {
        form.create();
        _setValue(field("workshop-title"), "Aller vers et numérique");
        _setValue(_get(TextArea.class, s -> s.withId("workshop-questions")), "Comment amener le numérique ?");
        _setValue(field("workshop-room"), "Salle 2");
        _setValue(capacity(), 12);
        _setValue(facilitators(), Set.of(LEA, MARC));
        _click(save());

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.draft()).isEqualTo(new WorkshopDraft("Aller vers et numérique",
                    "Comment amener le numérique ?", null, "Salle 2", 12));
            assertThat(e.facilitatorIds()).containsExactlyInAnyOrder(1L, 2L);
        });
    }

    @Test
    void an_empty_capacity_means_no_limit() {
        form.create();
        _setValue(field("workshop-title"), "Sans limite");
        _click(save());
        assertThat(saved).singleElement().extracting(e -> e.draft().capacity()).isNull();
    }

    @Test
    void an_empty_title_and_a_negative_capacity_are_refused_at_their_fields_and_the_typing_stays() {
        form.create();
        _setValue(field("workshop-room"), "Salle 2");
        _setValue(capacity(), -3);
        _click(save());

        assertThat(saved).isEmpty();
        assertThat(field("workshop-title").isInvalid()).isTrue();
        assertThat(field("workshop-title").getErrorMessage()).isEqualTo("Donnez un titre à l’atelier.");
        assertThat(capacity().isInvalid()).isTrue();
        assertThat(capacity().getValue()).isEqualTo(-3);
        assertThat(field("workshop-room").getValue()).isEqualTo("Salle 2");
    }

    @Test
    void editing_shows_the_workshop_and_its_facilitators() {
        form.edit(new WorkshopView(9, 4, 0, "Éducation aux médias", "Comment ?", "Réussir", "Salle 1", 20,
                List.of(LEA), List.of()));
        assertThat(field("workshop-title").getValue()).isEqualTo("Éducation aux médias");
        assertThat(capacity().getValue()).isEqualTo(20);
        assertThat(facilitators().getValue()).containsExactly(LEA);
        assertThat(form.editing().version()).isEqualTo(4);
    }

    @Test
    void an_invited_facilitator_joins_the_selection() {
        form.create();
        _setValue(facilitators(), Set.of(LEA));
        _click(_get(Button.class, s -> s.withId("workshop-invite")));
        assertThat(invitations).isEqualTo(1);
        var invited = new AccountOption(3, "Nina", "nina@centre.example");
        form.addFacilitator(invited);
        assertThat(facilitators().getValue()).containsExactlyInAnyOrder(LEA, invited);
    }

    @Test
    void a_title_taken_and_a_conflict_are_told_without_losing_the_typing() {
        form.create();
        _setValue(field("workshop-title"), "Doublon");
        form.titleTaken();
        assertThat(field("workshop-title").isInvalid()).isTrue();
        assertThat(field("workshop-title").getErrorMessage()).isEqualTo("Un autre atelier de cette journée porte déjà ce titre.");
        form.conflict();
        assertThat(_get(Paragraph.class, s -> s.withId("workshop-form-problem")).getText())
                .startsWith("Quelqu’un d’autre a modifié ou supprimé cet atelier");
        assertThat(field("workshop-title").getValue()).isEqualTo("Doublon");
    }

    private TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    private IntegerField capacity() {
        return _get(IntegerField.class, s -> s.withId("workshop-capacity"));
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<AccountOption> facilitators() {
        return _get(MultiSelectComboBox.class, s -> s.withId("workshop-facilitators"));
    }

    private Button save() {
        return _get(Button.class, s -> s.withId("workshop-save"));
    }
}
