package fr.journees.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.apiaccess.ApiOriginService;
import fr.journees.event.EventService;
import fr.journees.event.ui.EventEditorView;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class RegistrationsTabTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired ApiOriginService origins;
    @Autowired EventService events;

    long eventId;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void aDayWithThreeRegistrations() {
        eventId = days.create("onglet", 2);
        created.add(eventId);
        days.itinerary(eventId, "Vert", ItineraryColour.GREEN, 5);
        registrations.register(eventId, OpenDay.person("Amaia", "amaia@example.test", null, null));
        registrations.register(eventId, OpenDay.person("Beñat", "benat@example.test", null, null));
        registrations.register(eventId, OpenDay.person("Ximun", "ximun@example.test", null, null));
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private void open() {
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "inscriptions"));
    }

    @SuppressWarnings("unchecked")
    private Grid<RegistrationView> grid() {
        return _get(Grid.class, s -> s.withId("registrations-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisers_see_fill_rates_filter_and_cancel_which_promotes_the_waiting() {
        login("orga@journees.test", Roles.ORGANISER);
        open();
        assertThat(_get(Div.class, s -> s.withId("fill-rates")).getElement().getTextRecursively())
                .contains("Journée : 2 / 2", "1 en attente", "Vert : 2 / 5");
        assertThat(GridKt._size(grid())).isEqualTo(3);

        _setValue(_get(Select.class, s -> s.withId("registration-filter-status")), RegistrationStatus.WAITLISTED);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _setValue(_get(Select.class, s -> s.withId("registration-filter-status")), null);
        _setValue(_get(TextField.class, s -> s.withId("registration-search")), "amaia");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        var amaia = GridKt._get(grid(), 0);
        var actions = GridKt._getCellComponent(grid(), 0, "actions");
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._get(actions, Button.class,
                s -> s.withId("registration-cancel-" + amaia.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        var all = registrations.all(eventId);
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(2)
                .extracting(RegistrationView::firstName).containsExactlyInAnyOrder("Beñat", "Ximun");
        assertThat(_get(Div.class, s -> s.withId("fill-rates")).getElement().getTextRecursively())
                .contains("0 en attente");
    }

    @Test
    void the_embed_code_frames_the_day_page_and_says_which_sites_may_show_it() {
        origins.add("https://partenaire-embed.example");
        try {
            login("orga@journees.test", Roles.ORGANISER);
            open();
            _click(_get(Button.class, s -> s.withId("registration-embed")));
            var page = _get(TextArea.class, s -> s.withId("embed-page")).getValue();
            assertThat(page).startsWith("<iframe src=\"").contains("/e/" + slug() + "?integre=1\"", "title=\"Journée onglet");
            assertThat(_get(TextArea.class, s -> s.withId("embed-form")).getValue())
                    .contains("/e/" + slug() + "/inscription?integre=1");
            assertThat(_get(Paragraph.class, s -> s.withId("embed-sites")).getText())
                    .contains("https://partenaire-embed.example");
        } finally {
            origins.remove("https://partenaire-embed.example");
        }
    }

    @Test
    void the_embed_code_escapes_the_title_typed_by_the_organiser() {
        assertThat(EmbedCodeDialog.iframe("https://j.example/e/x", "A \"<b>\" & co", 900))
                .contains("title=\"A &quot;&lt;b&gt;&quot; &amp; co\"").doesNotContain("<b>");
    }

    private String slug() {
        return events.details(eventId).orElseThrow().slug();
    }

    @Test
    void a_facilitator_is_refused() {
        login("anim@journees.test", Roles.FACILITATOR);
        assertThatThrownBy(this::open).hasMessageContaining("Access is denied");
    }
}
