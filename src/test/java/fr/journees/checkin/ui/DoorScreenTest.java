package fr.journees.checkin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import fr.journees.checkin.CheckinLinkService;
import fr.journees.event.ui.EventEditorView;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.security.Roles;
import fr.journees.security.ui.LoginView;
import fr.journees.support.KaribuTest;

class DoorScreenTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CheckinLinkService links;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;

    long eventId;
    long otherDay;
    RegistrationView amaia;
    RegistrationView benat;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void aDayOfTwoForTwo() {
        eventId = days.create("porte-ui", 2);
        otherDay = days.create("autre-ui", null);
        created.add(eventId);
        created.add(otherDay);
        var green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, null);
        amaia = view(registrations.addByHand(eventId, OpenDay.person("Amaia", "amaia@porte.test", green, null)).id());
        benat = view(registrations.addByHand(eventId, OpenDay.person("Beñat", "benat@porte.test", green, null)).id());
    }

    private RegistrationView view(long id) {
        return registrations.byId(id).orElseThrow();
    }

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private void openAsOrganiser() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(DoorView.class, new RouteParameters("eventId", String.valueOf(eventId)));
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private DoorScreen door() {
        return _get(DoorScreen.class);
    }

    @Test
    void an_organiser_finds_a_person_by_name_taps_to_check_in_and_a_second_tap_asks_before_undoing() {
        openAsOrganiser();
        assertThat(text("door-count")).contains("0 présent·es sur 2");

        _setValue(_get(TextField.class, s -> s.withId("door-search")), "amaia");
        assertThat(text("door-results")).contains("Amaia Etcheverry", "Parcours vert", "Mairie de Bayonne", "Déjeuner",
                "Attendu·e").doesNotContain("Beñat");
        _click(_get(Div.class, s -> s.withId("door-entry-" + amaia.id())));

        assertThat(door().answerShown()).isEqualTo("ARRIVED");
        assertThat(text("door-answer")).contains("Bienvenue Amaia Etcheverry", "Parcours vert");
        assertThat(text("door-count")).contains("1 présent·es sur 2");
        assertThat(text("door-answer")).contains("Présent·e");

        _setValue(_get(TextField.class, s -> s.withId("door-search")), "amaia");
        _click(_get(Div.class, s -> s.withId("door-entry-" + amaia.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(door().answerShown()).isEqualTo("UNDONE");
        assertThat(attendance.entry(eventId, amaia.id()).orElseThrow().present()).isFalse();
    }

    @Test
    void a_scanned_code_checks_in_at_once_and_each_other_case_has_its_own_answer() {
        var elsewhere = view(registrations.addByHand(otherDay, OpenDay.person("Ailleurs", "a@porte.test", null, null))
                .id());
        openAsOrganiser();

        door().submit(amaia.checkinCode());
        assertThat(door().answerShown()).isEqualTo("ARRIVED");
        door().submit(amaia.checkinCode());
        assertThat(door().answerShown()).isEqualTo("ALREADY_PRESENT");
        assertThat(text("door-answer")).contains("déjà présent·e");
        door().submit(elsewhere.checkinCode());
        assertThat(door().answerShown()).isEqualTo("OTHER_DAY");
        door().submit("ZZZZ-ZZZZ");
        assertThat(door().answerShown()).isEqualTo("UNKNOWN_CODE");
        registrations.cancel(benat.id(), null);
        door().submit(benat.checkinCode());
        assertThat(door().answerShown()).isEqualTo("CANCELLED");
    }

    @Test
    void narrowing_the_search_keeps_the_card_the_volunteer_is_tapping_and_redraws_only_a_changed_one() {
        openAsOrganiser();
        _setValue(_get(TextField.class, s -> s.withId("door-search")), "Etcheverry");
        var amaiasCard = _get(Div.class, s -> s.withId("door-entry-" + amaia.id()));
        var benatsCard = _get(Div.class, s -> s.withId("door-entry-" + benat.id()));

        _setValue(_get(TextField.class, s -> s.withId("door-search")), "Etcheverry amaia");
        assertThat(_get(Div.class, s -> s.withId("door-entry-" + amaia.id()))).isSameAs(amaiasCard);
        assertThat(benatsCard.getParent()).isEmpty();

        _setValue(_get(TextField.class, s -> s.withId("door-search")), "Etcheverry");
        attendance.checkInByCode(eventId, benat.checkinCode(), "another door", "Entrée sud");
        door().poll();
        assertThat(_get(Div.class, s -> s.withId("door-entry-" + amaia.id()))).isSameAs(amaiasCard);
        assertThat(text("door-results")).containsSubsequence("Amaia", "Beñat").contains("Présent·e");
    }

    @Test
    void the_card_shows_the_answers_asked_at_check_in_and_a_changed_answer_redraws_only_that_card() {
        long transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Transport", null, null, null, false, "En bus\nÀ vélo", null, null, true, false, true));
        long note = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SHORT_TEXT,
                "Un mot ?", null, null, null, false, null, null, null, true, true, false));
        answer(amaia, Map.of(transport, List.of("En bus"), note, List.of("Pour les feuilles seulement")));
        openAsOrganiser();
        _setValue(_get(TextField.class, s -> s.withId("door-search")), "Etcheverry");
        var amaiasCard = _get(Div.class, s -> s.withId("door-entry-" + amaia.id()));
        var benatsCard = _get(Div.class, s -> s.withId("door-entry-" + benat.id()));

        assertThat(text("door-entry-" + amaia.id())).contains("Transport\u00a0: En bus")
                .doesNotContain("Pour les feuilles seulement");
        assertThat(text("door-entry-" + benat.id())).doesNotContain("Transport");

        answer(amaia, Map.of(transport, List.of("À vélo")));
        door().poll();

        assertThat(_get(Div.class, s -> s.withId("door-entry-" + amaia.id()))).isNotSameAs(amaiasCard);
        assertThat(text("door-entry-" + amaia.id())).contains("Transport\u00a0: À vélo").doesNotContain("En bus");
        assertThat(_get(Div.class, s -> s.withId("door-entry-" + benat.id()))).isSameAs(benatsCard);

        door().submit(amaia.checkinCode());
        assertThat(text("door-answer")).as("the scanned person's card too").contains("Transport\u00a0: À vélo");
    }

    /** The participant changes their answers from their personal page. */
    private void answer(RegistrationView who, Map<Long, List<String>> given) {
        var current = view(who.id());
        answered.change(current.token(), current.version(), current.toRequest(), new Answers(given));
    }

    @Test
    void another_doors_arrival_shows_at_the_next_poll_without_reloading() {
        openAsOrganiser();
        _setValue(_get(TextField.class, s -> s.withId("door-search")), "Beñat");
        assertThat(text("door-results")).contains("Attendu·e");

        attendance.checkInByCode(eventId, benat.checkinCode(), "another door", "Entrée sud");
        door().poll();

        assertThat(text("door-count")).contains("1 présent·es sur 2");
        assertThat(text("door-results")).contains("Présent·e");
    }

    @Test
    void a_walk_in_at_a_full_day_is_waitlisted_unless_an_organiser_forces_a_place_with_a_reason() {
        openAsOrganiser();
        _click(_get(Button.class, s -> s.withId("door-walk-in")));
        fillWalkIn("Walk", "walk@porte.test");
        _click(_get(Button.class, s -> s.withId("dialog-save")));
        var walk = registrations.all(eventId).stream().filter(r -> r.email().equals("walk@porte.test")).findFirst()
                .orElseThrow();
        assertThat(walk.status().name()).isEqualTo("WAITLISTED");
        assertThat(walk.checkedInAt()).isNull();

        _click(_get(Button.class, s -> s.withId("door-walk-in")));
        fillWalkIn("Forced", "forced@porte.test");
        _setValue(_get(Checkbox.class, s -> s.withId("walk-in-force")), true);
        _click(_get(Button.class, s -> s.withId("dialog-save")));
        assertThat(_find(Button.class, s -> s.withId("dialog-save"))).as("a reason is required").hasSize(1);
        _setValue(_get(TextArea.class, s -> s.withId("walk-in-reason")), "Élue invitée");
        _click(_get(Button.class, s -> s.withId("dialog-save")));

        assertThat(door().answerShown()).isEqualTo("ARRIVED");
        var forced = registrations.all(eventId).stream().filter(r -> r.email().equals("forced@porte.test"))
                .findFirst().orElseThrow();
        assertThat(forced.status().name()).isEqualTo("CONFIRMED");
        assertThat(forced.checkedInAt()).isNotNull();
    }

    private void fillWalkIn(String first, String email) {
        _setValue(_get(TextField.class, s -> s.withId("registration-firstName")), first);
        _setValue(_get(TextField.class, s -> s.withId("registration-lastName")), "Passant");
        _setValue(_get(EmailField.class, s -> s.withId("registration-email")), email);
        _setValue(_get(Checkbox.class, s -> s.withId("registration-consentData")), true);
    }

    @Test
    void the_volunteers_link_opens_that_days_door_without_forcing_and_nothing_else_and_stops_when_revoked() {
        var secret = links.open(eventId, "orga@journees.test");
        UI.getCurrent().navigate(VolunteerDoorView.class, new RouteParameters("secret", secret));

        door().submit(amaia.checkinCode());
        assertThat(door().answerShown()).isEqualTo("ARRIVED");
        assertThat(attendance.entry(eventId, amaia.id()).orElseThrow().checkedInBy()).isEqualTo("Lien bénévole");
        _click(_get(Button.class, s -> s.withId("door-walk-in")));
        assertThat(_find(Checkbox.class, s -> s.withId("walk-in-force"))).as("no forcing for volunteers").isEmpty();
        _click(_get(Button.class, s -> s.withId("dialog-cancel")));

        UI.getCurrent().navigate(DoorView.class, new RouteParameters("eventId", String.valueOf(eventId)));
        assertThat(_find(LoginView.class)).hasSize(1);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "inscriptions"));
        assertThat(_find(LoginView.class)).hasSize(1);

        UI.getCurrent().navigate(VolunteerDoorView.class, new RouteParameters("secret", secret));
        links.revoke(eventId);
        door().submit(benat.checkinCode());
        assertThat(text("door-revoked")).contains("n’est plus valide");
        assertThat(attendance.entry(eventId, benat.id()).orElseThrow().present()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_organisers_tab_shows_live_attendance_closes_the_day_and_the_grid_shows_who_came() {
        attendance.checkIn(eventId, amaia.id(), "orga", null);
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "accueil"));

        assertThat(text("attendance-total")).contains("1", "/ 2");
        assertThat(text("attendance-itineraries")).contains("Parcours vert : 1 / 2");
        _click(_get(Button.class, s -> s.withId("attendance-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(text("attendance-no-shows")).contains("1 absent·es");
        assertThat(attendance.closed(eventId)).isTrue();
        _click(_get(Button.class, s -> s.withId("attendance-undo-no-shows")));
        assertThat(_find(Div.class, s -> s.withId("attendance-no-shows"))).isEmpty();

        _click(_get(Button.class, s -> s.withId("checkin-link-open")));
        assertThat(_get(TextField.class, s -> s.withId("checkin-link-url")).getValue()).contains("/porte/");
        assertThat(text("checkin-link-state")).contains("Lien actif");

        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "inscriptions"));
        var grid = (Grid<RegistrationView>) _get(Grid.class, s -> s.withId("registrations-grid"));
        var present = GridKt._getFormattedRow(grid, 0);
        assertThat(present).anyMatch(cell -> cell.startsWith("Présent·e à"));
        assertThat(_find(Span.class)).isNotNull();
    }
}
