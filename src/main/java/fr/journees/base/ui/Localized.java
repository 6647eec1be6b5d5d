package fr.journees.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The one place where Vaadin components that carry texts of their own (month names, "Today", "Drop file
 * here", "1 items selected"…) get them in the user's language, weeks from Monday and dates as jj/mm/aaaa.
 * Views build these components only here: {@code ArchitectureTest} refuses a {@code new DatePicker()}
 * anywhere else.
 */
public final class Localized {

    private Localized() {
    }

    public static DatePicker datePicker() {
        var picker = new DatePicker();
        picker.setI18n(dates());
        picker.setLocale(locale());
        return picker;
    }

    public static DateTimePicker dateTimePicker() {
        var picker = new DateTimePicker();
        picker.setDatePickerI18n(dates());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(t("components.dateTime.date")).setTimeLabel(t("components.dateTime.time"))
                .setBadInputErrorMessage(t("components.dateTime.badInput"))
                .setIncompleteInputErrorMessage(t("components.dateTime.incomplete"))
                .setRequiredErrorMessage(t("components.required")));
        picker.setLocale(locale());
        return picker;
    }

    public static TimePicker timePicker() {
        var picker = new TimePicker();
        picker.setLocale(locale());
        picker.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(t("components.time.badInput"))
                .setRequiredErrorMessage(t("components.required")));
        return picker;
    }

    public static <T> MultiSelectComboBox<T> multiSelect() {
        var box = new MultiSelectComboBox<T>();
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t("components.multi.cleared")).setFocused(t("components.multi.focused"))
                .setSelected(t("components.multi.selected")).setDeselected(t("components.multi.deselected"))
                .setTotal(t("components.multi.total")).setRequiredErrorMessage(t("components.required")));
        return box;
    }

    public static Upload upload(UploadHandler handler) {
        var upload = new Upload(handler);
        upload.setI18n(uploads());
        return upload;
    }

    public static SideNav sideNav() {
        var nav = new SideNav();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(t("components.nav.toggle")));
        return nav;
    }

    public static Avatar avatar(String name) {
        var avatar = new Avatar(name);
        avatar.setI18n(new Avatar.AvatarI18n().setAnonymous(t("components.avatar.anonymous")));
        return avatar;
    }

    /** The frame is a subclass, not built here: it asks for its texts in its constructor. */
    public static void frame(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(t("components.drawer")));
    }

    private static DatePicker.DatePickerI18n dates() {
        var locale = locale();
        var months = new ArrayList<String>();
        for (var month : Month.values()) {
            months.add(capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
        }
        // Vaadin lists the days from Sunday, whatever the first day of the week shown.
        var days = new ArrayList<String>();
        var shortDays = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            var day = DayOfWeek.SUNDAY.plus(i);
            days.add(capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
            shortDays.add(capitalised(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)
                    .replace(".", ""));
        }
        return new DatePicker.DatePickerI18n().setMonthNames(months).setWeekdays(days).setWeekdaysShort(shortDays)
                .setFirstDayOfWeek(1).setToday(t("components.date.today")).setCancel(t("components.date.cancel"))
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage(t("components.date.badInput"))
                .setRequiredErrorMessage(t("components.required"))
                .setMinErrorMessage(t("components.date.min")).setMaxErrorMessage(t("components.date.max"));
    }

    private static UploadI18N uploads() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("components.upload.addOne"))
                .setMany(t("components.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("components.upload.dropOne"))
                .setMany(t("components.upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("components.upload.tooMany"))
                .setFileIsTooBig(t("components.upload.tooBig"))
                .setIncorrectFileType(t("components.upload.badType")));
        i18n.setFile(new UploadI18N.File().setRetry(t("components.upload.retry"))
                .setStart(t("components.upload.start")).setRemove(t("components.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("components.upload.connecting"))
                        .setStalled(t("components.upload.stalled")).setProcessing(t("components.upload.processing"))
                        .setHeld(t("components.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t("components.upload.remaining")).setUnknown(t("components.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t("components.upload.serverUnavailable"))
                        .setUnexpectedServerError(t("components.upload.serverError"))
                        .setForbidden(t("components.upload.forbidden"))
                        .setFileTooLarge(t("components.upload.tooBig"))));
        i18n.setUnits(List.of(t("components.upload.units").split(",")));
        return i18n;
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Languages.DEFAULT : ui.getLocale();
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
