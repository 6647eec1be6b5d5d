package fr.journees.chantier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.chantier.ChantierFixture;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

@Tag("database")
class ChantierViewsTest extends KaribuTest {

    @Autowired ChantierService service;
    @Autowired EventService events;
    @Autowired EventSharing sharing;
    @Autowired DSLContext dsl;

    ChantierFixture f;

    @BeforeEach
    void anEventWithTwoWorkshops() {
        f = ChantierFixture.create(dsl);
    }

    @AfterEach
    void removeIt() {
        f.delete(dsl);
    }

    @Test
    void a_facilitator_sees_only_the_workshops_they_lead_and_creates_a_sheet_for_a_group() {
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(ChantierWorkspaceView.class);

        assertThat(_find(Details.class)).extracting(Component::getId).map(o -> o.orElse(""))
                .containsExactly("workshop-" + f.workshopId());
        _click(_get(Button.class, spec -> spec.withId("new-sheet-" + f.workshopId())));
        _setValue(_get(TextField.class, spec -> spec.withId("new-sheet-group")), "Groupe des écoles");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _assertOne(SheetEditorView.class);
        assertThat(_get(H1.class, spec -> spec.withId("sheet-title")).getText()).contains("Groupe des écoles");
        assertThat(service.sheets(f.facilitator(), f.workshopId())).singleElement()
                .satisfies(s -> assertThat(s.groupName()).isEqualTo("Groupe des écoles"));
    }

    @Test
    void a_facilitator_cannot_open_the_sheet_of_a_workshop_they_do_not_lead() {
        long marcs = service.create(f.otherFacilitator(), f.otherWorkshopId(), "Groupe de Marc");
        login(f.facilitator(), Roles.FACILITATOR);
        try {
            UI.getCurrent().navigate(SheetEditorView.class, SheetEditorView.parameters(marcs));
        } catch (RuntimeException notFound) {
            // Karibu may rethrow the not-found error; either way no editor opens
        }
        _assertNone(SheetForm.class);
    }

    @Test
    void what_is_typed_is_kept_as_a_draft_and_given_back_when_the_sheet_is_reopened() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 1");
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(SheetEditorView.class, SheetEditorView.parameters(id));

        _setValue(_get(TextField.class, spec -> spec.withId("sheet-key-title")), "Tiers-lieu numérique");
        UI.getCurrent().navigate(ChantierWorkspaceView.class);
        UI.getCurrent().navigate(SheetEditorView.class, SheetEditorView.parameters(id));

        assertThat(_get(TextField.class, spec -> spec.withId("sheet-key-title")).getValue())
                .isEqualTo("Tiers-lieu numérique");
        assertThat(service.load(f.facilitator(), id).content().keyTitle()).as("not saved yet").isNull();
    }

    @Test
    void a_save_after_someone_else_saved_shows_both_versions_and_keep_mine_saves_on_top_of_theirs() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 2");
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(SheetEditorView.class, SheetEditorView.parameters(id));
        service.save(f.organiser(), id, 0, ChantierFixture.content("Groupe 2", "Leur titre", "Leurs objectifs",
                Feasibility.RED, false));

        _setValue(_get(TextField.class, spec -> spec.withId("sheet-key-title")), "Mon titre");
        _click(_get(Button.class, spec -> spec.withId("sheet-save")));

        _assertOne(ConflictDialog.class);
        assertThat(_get(Div.class, spec -> spec.withId("conflict-mine-keyTitle")).getText()).isEqualTo("Mon titre");
        assertThat(_get(Div.class, spec -> spec.withId("conflict-theirs-keyTitle")).getText()).isEqualTo("Leur titre");
        assertThat(service.load(f.facilitator(), id).content().keyTitle()).isEqualTo("Leur titre");

        _click(_get(Button.class, spec -> spec.withId("conflict-keep-mine")));

        var saved = service.load(f.facilitator(), id);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.content().keyTitle()).isEqualTo("Mon titre");
    }

    @Test
    void merging_a_conflict_puts_both_texts_in_the_editor_for_review() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 3");
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(SheetEditorView.class, SheetEditorView.parameters(id));
        service.save(f.organiser(), id, 0, ChantierFixture.content("Groupe 3", "Leur titre", null,
                Feasibility.GREEN, false));
        _setValue(_get(TextField.class, spec -> spec.withId("sheet-key-title")), "Mon titre");
        _click(_get(Button.class, spec -> spec.withId("sheet-save")));

        _click(_get(Button.class, spec -> spec.withId("conflict-merge")));
        _click(_get(Button.class, spec -> spec.withId("sheet-save")));

        var saved = service.load(f.facilitator(), id);
        assertThat(saved.content().keyTitle()).contains("Mon titre").contains("Leur titre");
        assertThat(saved.content().feasibility()).isEqualTo(Feasibility.GREEN);
    }

    @Test
    void the_board_groups_key_chantiers_by_workshop_filters_by_colour_and_updates_when_a_sheet_is_saved() {
        long green = service.create(f.facilitator(), f.workshopId(), "Groupe vert");
        service.save(f.facilitator(), green, 0, ChantierFixture.content("Groupe vert", "<b>Balade</b> 🌱",
                "On aura réussi si…", Feasibility.GREEN, true));
        login(f.organiser(), Roles.ORGANISER);
        UI.getCurrent().navigate(RestitutionBoardView.class, RestitutionBoardView.parameters(f.eventId()));

        var card = _get(Div.class, spec -> spec.withId("board-card-" + green));
        assertThat(card.getElement().getTextRecursively()).contains("<b>Balade</b> 🌱", "Vert — très faisable");
        assertThat(card.getElement().getChild(1).getChildCount()).as("markup stays text").isEqualTo(1);

        long red = service.create(f.otherFacilitator(), f.otherWorkshopId(), "Groupe rouge");
        service.save(f.otherFacilitator(), red, 0, ChantierFixture.content("Groupe rouge", "Bloqué",
                null, Feasibility.RED, true));
        MockVaadin.clientRoundtrip(false);
        _assertOne(Div.class, spec -> spec.withId("board-card-" + red));

        @SuppressWarnings("unchecked")
        CheckboxGroup<Feasibility> filter = _get(CheckboxGroup.class, spec -> spec.withId("board-filter"));
        _setValue(filter, EnumSet.of(Feasibility.RED));
        _assertNone(Div.class, spec -> spec.withId("board-card-" + green));
        _assertOne(Div.class, spec -> spec.withId("board-card-" + red));
    }

    @Test
    void a_facilitator_watches_the_board_too() {
        login(f.facilitator(), Roles.FACILITATOR);
        UI.getCurrent().navigate(RestitutionBoardView.class, RestitutionBoardView.parameters(f.eventId()));
        _assertOne(BoardPanel.class);
        _assertOne(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("board-empty"));
    }

    @Test
    void the_public_board_opens_without_login_only_while_its_link_is_enabled() {
        var token = sharing.setBoardPublic(f.eventId(), true).orElseThrow();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        UI.getCurrent().navigate("tableau/" + token);
        _assertOne(BoardPanel.class);

        sharing.setBoardPublic(f.eventId(), false);
        try {
            UI.getCurrent().navigate("tableau/" + token + "x");
            UI.getCurrent().navigate("tableau/" + token);
        } catch (RuntimeException notFound) {
            // not found
        }
        _assertNone(BoardPanel.class);
    }

    @Test
    void the_organiser_finds_the_restitution_tab_with_the_banque_downloads() {
        login(f.organiser(), Roles.ORGANISER);
        UI.getCurrent().navigate("evenements/" + f.eventId() + "/restitution");
        _assertOne(RestitutionPanel.class);
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("banque-pdf"));
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("banque-xlsx"));
    }
}
