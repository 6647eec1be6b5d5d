package fr.journees.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.PlaceDraft;
import fr.journees.directory.PlaceSummary;
import fr.journees.event.ui.HomeView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class PlacesViewTest extends KaribuTest {

    @Autowired DirectoryService directory;

    final String token = "kb" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void organiserOpensThePlaces() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(PlacesView.class);
    }

    @Test
    void finds_a_place_by_its_short_name_or_its_address() {
        search("escm");
        assertThat(names()).contains("Espace socio culturel municipal (ESCM) de Bayonne");
        search("2 AVENUE JEAN ROSTAND");
        assertThat(names()).containsExactly("Collège Albert Camus");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Oui");
    }

    @Test
    void creates_a_place_with_its_coordinates_and_facts_in_order() {
        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(_get(TextField.class, spec -> spec.withId("place-name")), "Jardin partagé " + token);
        _setValue(_get(TextField.class, spec -> spec.withId("place-shortName")), "Jardin");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("place-latitude")), new BigDecimal("43.4931"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("place-longitude")), new BigDecimal("-1.4632"));
        addFact("Cultivé par les voisins depuis 2019");
        addFact("Une grainothèque est ouverte le mercredi");
        _click(_get(Button.class, spec -> spec.withId("place-fact-1-up")));
        _click(_get(Button.class, spec -> spec.withId("save")));

        _assertNone(Dialog.class);
        search(token);
        var place = directory.place(GridKt._get(grid(), 0).id()).orElseThrow().draft();
        assertThat(place.shortName()).isEqualTo("Jardin");
        assertThat(place.latitude()).isEqualByComparingTo("43.4931");
        assertThat(place.longitude()).isEqualByComparingTo("-1.4632");
        assertThat(place.facts()).containsExactly("Une grainothèque est ouverte le mercredi",
                "Cultivé par les voisins depuis 2019");
    }

    @Test
    void edits_the_facts_of_a_place_chosen_in_the_grid() {
        long id = directory.createPlace(new PlaceDraft("Kiosque " + token, null, null, null, null, null, null,
                List.of("Construit en 1900", "Repeint en 2024")));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("place-fact-0-remove")));
        _setValue(_get(TextArea.class, spec -> spec.withId("place-accessibility")), "Plain-pied");
        _click(_get(Button.class, spec -> spec.withId("save")));

        var stored = directory.place(id).orElseThrow();
        assertThat(stored.draft().facts()).containsExactly("Repeint en 2024");
        assertThat(stored.draft().accessibility()).isEqualTo("Plain-pied");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void refuses_to_delete_the_college_where_the_bayonne_day_takes_place_with_a_french_message() {
        search("Collège Albert Camus");
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertOne(Dialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-form-problem")).getText()).matches(
                "Impossible de supprimer « Collège Albert Camus » : ce lieu est encore utilisé par une journée "
                        + "\\(comme lieu d’accueil\\), \\d+ créneaux de programme et 2 étapes de parcours\\. "
                        + "Retirez-le d’abord de ces fiches\\.");
        assertThat(directory.countPlaces("Collège Albert Camus")).isEqualTo(1);
    }

    @Test
    void deletes_a_place_no_one_refers_to_once_confirmed() {
        long id = directory.createPlace(new PlaceDraft("Salle éphémère " + token, null, null, null, null, null, null,
                List.of("Ouverte un seul jour")));
        search(token);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertNone(Dialog.class);
        assertThat(directory.place(id)).isEmpty();
    }

    @Test
    void a_facilitator_may_not_open_the_places() {
        login("anim@journees.test", Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PlacesView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(PlacesView.class);
    }

    private static void addFact(String text) {
        _click(_get(Button.class, spec -> spec.withId("place-fact-add")));
        var index = (int) _find(TextArea.class).stream()
                .filter(t -> t.getId().orElse("").matches("place-fact-\\d+")).count() - 1;
        _setValue(_get(TextArea.class, spec -> spec.withId("place-fact-" + index)), text);
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("search")), text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlaceSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("places-grid"));
    }

    private static List<String> names() {
        var grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }
}
