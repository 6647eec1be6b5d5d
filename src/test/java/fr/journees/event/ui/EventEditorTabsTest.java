package fr.journees.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.journees.event.EventContentService;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.EventTextView;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class EventEditorTabsTest extends KaribuTest {

    @Autowired EventService events;
    @Autowired EventContentService content;

    long eventId;
    String slug;

    @BeforeEach
    void aDraftDay() {
        slug = "editeur-" + UUID.randomUUID().toString().substring(0, 8);
        eventId = events.create(new EventDraft(slug, "Journée éditeur", null, null, LocalDate.of(2026, 11, 5),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT, null, null, null, false, 5),
                List.of(), List.of());
        login("orga@journees.test", Roles.ORGANISER);
    }

    private void open(String tab) {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, tab));
    }

    @Test
    void saves_the_general_information() {
        open("general");
        _setValue(_get(TextField.class, spec -> spec.withId("event-subtitle")), "Expériences et projets");
        _setValue(_get(IntegerField.class, spec -> spec.withId("event-capacity")), 80);
        _setValue(_get(IntegerField.class, spec -> spec.withId("event-walk")), 8);
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        var saved = events.details(eventId).orElseThrow();
        assertThat(saved.subtitle()).isEqualTo("Expériences et projets");
        assertThat(saved.capacity()).isEqualTo(80);
        assertThat(saved.defaultWalkMinutes()).isEqualTo(8);
    }

    @Test
    void explains_a_wrong_public_address_and_keeps_what_was_typed() {
        open("general");
        var address = _get(TextField.class, spec -> spec.withId("event-slug"));
        _setValue(address, "Visite Bayonne");
        _setValue(_get(TextField.class, spec -> spec.withId("event-subtitle")), "Gardé");
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("Lettres minuscules");
        _setValue(address, "visite-bayonne-2024");
        _click(_get(Button.class, spec -> spec.withId("save-event")));
        assertThat(address.getErrorMessage()).isEqualTo("Une autre journée utilise déjà cette adresse publique.");
        assertThat(_get(TextField.class, spec -> spec.withId("event-subtitle")).getValue()).isEqualTo("Gardé");
        assertThat(events.details(eventId).orElseThrow().slug()).isEqualTo(slug);
    }

    @Test
    void publishes_the_day_after_confirmation() {
        open("general");
        _click(_get(Button.class, spec -> spec.withId("status-published")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(events.details(eventId).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(_get(Span.class, spec -> spec.withId("event-status")).getText()).isEqualTo("Publiée");
    }

    @Test
    void adds_a_signed_text() {
        open("textes");
        _click(_get(Button.class, spec -> spec.withId("add-text")));
        _setValue(_get(TextField.class, spec -> spec.withId("text-title")), "L’inclusion numérique dans le 64");
        _setValue(_get(TextField.class, spec -> spec.withId("text-author")), "par Arnaud Léchit");
        _setValue(_get(TextArea.class, spec -> spec.withId("text-body")), "Depuis sa création en 2018…");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(events.texts(eventId)).extracting(EventTextView::authorLine).containsExactly("par Arnaud Léchit");
    }

    @Test
    void adds_a_programme_slot_and_flags_an_overlap_between_plenaries() {
        content.addProgrammeItems(eventId, List.of(new ProgrammeItemDraft(LocalTime.of(9, 0), LocalTime.of(10, 0),
                ProgrammeKind.PLENARY, "Ouverture", null, null, null)));
        open("programme");
        _click(_get(Button.class, spec -> spec.withId("add-slot")));
        _setValue(_get(TimePicker.class, spec -> spec.withId("slot-start")), LocalTime.of(9, 30));
        _setValue(_get(TimePicker.class, spec -> spec.withId("slot-end")), LocalTime.of(10, 30));
        @SuppressWarnings("unchecked")
        Select<ProgrammeKind> kind = _get(Select.class, spec -> spec.withId("slot-kind"));
        _setValue(kind, ProgrammeKind.PLENARY);
        _setValue(_get(TextField.class, spec -> spec.withId("slot-title")), "Table ronde");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(events.programme(eventId)).extracting(ProgrammeSlot::title).containsExactly("Ouverture",
                "Table ronde");
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("programme-grid"));
        var badges = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 1, "kind");
        assertThat(badges.getElement().getTextRecursively()).contains("Chevauchement");
    }

    @Test
    void refuses_a_slot_that_ends_before_it_starts_without_closing_the_form() {
        open("programme");
        _click(_get(Button.class, spec -> spec.withId("add-slot")));
        _setValue(_get(TimePicker.class, spec -> spec.withId("slot-start")), LocalTime.of(11, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("slot-end")), LocalTime.of(10, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("slot-title")), "À l’envers");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(_get(TimePicker.class, spec -> spec.withId("slot-end")).isInvalid()).isTrue();
        assertThat(_find(TextField.class, spec -> spec.withId("slot-title"))).hasSize(1);
        assertThat(events.programme(eventId)).isEmpty();
    }

    @Test
    void a_slot_title_over_300_characters_gets_a_french_message_and_is_kept() {
        open("programme");
        _click(_get(Button.class, spec -> spec.withId("add-slot")));
        _setValue(_get(TimePicker.class, spec -> spec.withId("slot-start")), LocalTime.of(11, 0));
        var pasted = "Table ronde ".repeat(30);
        var title = _get(TextField.class, spec -> spec.withId("slot-title"));
        _setValue(title, pasted);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("300 caractères au maximum.");
        assertThat(title.getValue()).isEqualTo(pasted);
        assertThat(events.programme(eventId)).isEmpty();
    }
}
