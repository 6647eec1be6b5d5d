package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationOption;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PersonSummary;
import fr.journees.event.ui.HomeView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class PeopleViewTest extends KaribuTest {

    @Autowired DirectoryService directory;

    final String token = "kb" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void organiserOpensThePeople() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(PeopleView.class);
    }

    @Test
    void finds_people_by_the_name_of_their_organisation() {
        search("collectif social web");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0)).extracting(PersonSummary::fullName, PersonSummary::organisationName)
                .containsExactly("Virginie Sabourin", "Collectif Social Web");
    }

    @Test
    void creates_a_person_of_an_organisation_picked_by_typing_part_of_its_name() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(field("fullName"), "Léa Etcheverry " + token);
        _setValue(field("functionLine"), "chargée de mission inclusion numérique");
        ComboBoxKt.setUserInput(organisation(), "hubik");
        assertThat(ComboBoxKt.getSuggestions(organisation())).containsExactly("Hubikoop");
        ComboBoxKt.selectByLabel(organisation(), "Hubikoop");
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertNone(Dialog.class);
        search(token);
        assertThat(names()).containsExactly("Léa Etcheverry " + token);
        var stored = directory.person(GridKt._get(grid(), 0).id()).orElseThrow().draft();
        assertThat(stored.functionLine()).isEqualTo("chargée de mission inclusion numérique");
        assertThat(directory.organisationOption(stored.organisationId())).get()
                .extracting(OrganisationOption::name).isEqualTo("Hubikoop");
    }

    @Test
    void edits_a_person_chosen_in_the_grid_and_shows_their_organisation() {
        long hubikoop = directory.findOrganisations("Hubikoop", 0, 1).getFirst().id();
        long id = directory.createPerson(new PersonDraft("Camille " + token, "stagiaire", hubikoop));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        assertThat(organisation().getValue().name()).isEqualTo("Hubikoop");
        _setValue(field("functionLine"), "coordinatrice");
        organisation().clear();
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(directory.person(id).orElseThrow().draft())
                .isEqualTo(new PersonDraft("Camille " + token, "coordinatrice", null));
    }

    @Test
    void an_edit_crossing_someone_elses_is_refused_in_french_and_keeps_what_was_typed() {
        long id = directory.createPerson(new PersonDraft("Dominique " + token, "bénévole", null));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        directory.updatePerson(id, 0, new PersonDraft("Dominique " + token, "trésorière", null));
        _setValue(field("functionLine"), "présidente");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(problem()).startsWith("Quelqu’un d’autre a modifié ou supprimé cette personne entre-temps.");
        assertThat(field("functionLine").getValue()).isEqualTo("présidente");
        assertThat(directory.person(id).orElseThrow().draft().functionLine()).isEqualTo("trésorière");
    }

    @Test
    void refuses_to_delete_a_speaker_of_the_bayonne_itineraries_with_a_french_message() {
        search("Arnaud Léchit");
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertOne(Dialog.class);
        assertThat(problem()).isEqualTo("Impossible de supprimer « Arnaud Léchit » : cette personne est encore "
                + "mentionnée par 2 étapes de parcours (comme intervenant·e). Retirez-la d’abord de ces fiches.");
        assertThat(directory.countPeople("Arnaud Léchit")).isEqualTo(1);
    }

    @Test
    void deletes_a_person_no_one_refers_to_once_confirmed() {
        long id = directory.createPerson(new PersonDraft("Claude " + token, null, null));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertNone(Dialog.class);
        assertThat(directory.person(id)).isEmpty();
    }

    @Test
    void a_facilitator_may_not_open_the_people() {
        login("anim@journees.test", Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PeopleView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(PeopleView.class);
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("search")), text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("people-grid"));
    }

    private static List<String> names() {
        var grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).fullName()).toList();
    }

    private static TextField field(String property) {
        return _get(TextField.class, spec -> spec.withId("person-" + property));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrganisationOption> organisation() {
        return _get(ComboBox.class, spec -> spec.withId("person-organisation"));
    }

    private static String problem() {
        return _get(Paragraph.class, spec -> spec.withId("person-form-problem")).getText();
    }
}
