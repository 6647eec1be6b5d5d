package fr.journees.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import fr.journees.event.EventDetails;
import fr.journees.event.EventOrganisation;
import fr.journees.event.EventStatus;
import fr.journees.event.OrganisationRole;
import fr.journees.support.BundleI18nProvider;

/** The event's form checks the rules of EventDraft, says what is wrong in French, and loses nothing. */
class EventFormTest {

    static final EventDetails DAY = new EventDetails(7, 0, "visite-bayonne", "Visite du quartier", null, null,
            LocalDate.of(2027, 3, 4), LocalTime.of(9, 0), LocalTime.of(16, 30), 3L, "Cyberbase",
            EventStatus.PUBLISHED, null, null, 60, true, 5,
            List.of(new EventOrganisation(11, "PQN-A", OrganisationRole.ORGANISER)));

    EventForm form;

    @BeforeEach
    void openTheDay() {
        BundleI18nProvider.setUpFrench();
        form = new EventForm(new DirectoryChoices(null));
        UI.getCurrent().add(form);
        form.edit(DAY);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void an_unchanged_day_gives_back_its_draft_with_its_status_and_organisers() {
        var result = form.result().orElseThrow();
        assertThat(result.draft()).isEqualTo(DAY.toDraft());
        assertThat(result.organiserIds()).containsExactly(11L);
        assertThat(form.hasChanges()).isFalse();
    }

    @Test
    void a_slug_longer_than_the_record_allows_is_refused_at_the_slug_and_kept() {
        var tooLong = "a".repeat(101);
        form.slug.setValue(tooLong);
        assertThat(form.result()).isEmpty();
        assertThat(form.slug.isInvalid()).isTrue();
        assertThat(form.slug.getErrorMessage()).isEqualTo("100 caractères au maximum.");
        assertThat(form.slug.getValue()).isEqualTo(tooLong);
        assertThat(form.hasChanges()).isTrue();
    }

    @Test
    void a_slug_with_capitals_says_what_a_slug_is_made_of() {
        form.slug.setValue("Visite Bayonne");
        assertThat(form.result()).isEmpty();
        assertThat(form.slug.getErrorMessage()).startsWith("Lettres minuscules sans accent");
    }

    @Test
    void a_capacity_beyond_the_records_limit_is_refused_at_the_capacity() {
        form.capacity.setValue(100_001);
        assertThat(form.result()).isEmpty();
        assertThat(form.capacity.getErrorMessage()).matches("Saisissez une valeur inférieure ou égale à 100.000\\.");
        form.capacity.setValue(-1);
        assertThat(form.result()).isEmpty();
        assertThat(form.capacity.getErrorMessage()).isEqualTo("Saisissez un nombre positif ou zéro.");
    }

    @Test
    void an_empty_walking_time_is_required_rather_than_a_crash() {
        form.walk.clear();
        assertThat(form.result()).isEmpty();
        assertThat(form.walk.isInvalid()).isTrue();
        assertThat(form.walk.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end() {
        form.end.setValue(LocalTime.of(8, 0));
        assertThat(form.result()).isEmpty();
        assertThat(form.end.getErrorMessage()).isEqualTo("La fin doit être après le début.");
    }

    @Test
    void its_date_pickers_speak_french_and_start_weeks_on_monday() {
        assertThat(form.date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(form.date.getI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(form.opensAt.getDatePickerI18n().getMonthNames()).contains("Mars");
        assertThat(form.organisers.getI18n().getTotal()).contains("sélectionné");
    }
}
