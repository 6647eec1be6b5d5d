package fr.journees.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.journees.support.BundleI18nProvider;

/** Every component that has texts of its own gets them in French (or English once switched). */
class LocalizedTest {

    @BeforeEach
    void french() {
        BundleI18nProvider.setUpFrench();
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void the_date_picker_speaks_french_starts_weeks_on_monday_and_reads_dd_mm_yyyy() {
        var i18n = Localized.datePicker().getI18n();
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("Janvier", "Février", "Mars");
        assertThat(i18n.getWeekdays()).startsWith("Dimanche", "Lundi");
        assertThat(i18n.getWeekdaysShort()).startsWith("Dim", "Lun");
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
    }

    @Test
    void the_date_and_time_picker_has_the_same_calendar_and_french_labels() {
        var picker = Localized.dateTimePicker();
        assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getDatePickerI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(picker.getI18n().getTimeLabel()).isEqualTo("Heure");
    }

    @Test
    void the_upload_says_choose_and_drop_in_french() {
        var i18n = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> { })).getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Déposez le fichier ici");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Le fichier est trop volumineux.");
        assertThat(i18n.getUnits().getSize()).startsWith("o", "ko");
    }

    @Test
    void a_multi_select_announces_its_selection_in_french() {
        var i18n = Localized.multiSelect().getI18n();
        assertThat(i18n.getTotal()).isEqualTo("{count} élément(s) sélectionné(s)");
        assertThat(i18n.getCleared()).isEqualTo("Sélection effacée");
    }

    @Test
    void the_navigation_and_the_frame_are_labelled_in_french() {
        assertThat(Localized.sideNav().getI18n().getToggle()).startsWith("Afficher ou masquer");
        assertThat(Localized.avatar("x").getI18n().getAnonymous()).isEqualTo("anonyme");
    }

    @Test
    void in_english_the_same_components_speak_english_and_still_start_on_monday() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var dates = Localized.datePicker().getI18n();
        assertThat(dates.getMonthNames()).startsWith("January");
        assertThat(dates.getToday()).isEqualTo("Today");
        assertThat(dates.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(Localized.upload(UploadHandler.inMemory((metadata, bytes) -> { })).getI18n()
                .getDropFiles().getOne()).isEqualTo("Drop the file here");
        assertThat(Localized.multiSelect().getI18n().getTotal()).isEqualTo("{count} item(s) selected");
    }
}
