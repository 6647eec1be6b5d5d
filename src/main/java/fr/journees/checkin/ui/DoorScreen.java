package fr.journees.checkin.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import fr.journees.base.ui.Confirm;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.AttendanceStamp;
import fr.journees.registration.CheckinCodes;
import fr.journees.registration.CheckinOutcome;
import fr.journees.registration.DoorEntry;
import fr.journees.registration.RegistrationService;

/**
 * The door: one field for a name, an organisation, an e-mail or a scanned code (a handheld scanner
 * types the code and Enter), the camera, big cards to tap. Other doors' arrivals show within
 * {@value #POLL_MILLIS} ms: each screen polls a cheap "what changed" stamp from the database, so it
 * works with several application nodes.
 */
@StyleSheet("context://css/checkin.css")
class DoorScreen extends VerticalLayout {

    static final int POLL_MILLIS = 2000;

    private final DoorAccess access;
    private final AttendanceService attendance;
    private final RegistrationService registrations;
    private final TextField search = new TextField();
    private final TextField door = new TextField();
    private final Span count = new Span();
    private final AnswerBanner answer = new AnswerBanner();
    private final Div results = new Div();
    private final CameraPanel camera = new CameraPanel(this);
    private final Button cameraButton = new Button();
    private AttendanceStamp stamp;
    private Registration polling;

    DoorScreen(DoorAccess access, AttendanceService attendance, RegistrationService registrations) {
        this.access = access;
        this.attendance = attendance;
        this.registrations = registrations;
        setId("door");
        addClassName("door");
        setPadding(false);
        var title = new H1(getTranslation("checkin.door.title", access.title()));
        title.addClassName("door-title");
        count.setId("door-count");
        count.addClassName("door-count");
        results.setId("door-results");
        add(title, count, input(), answer, camera, results, footer());
        refreshCounts();
    }

    private Div input() {
        search.setId("door-search");
        search.addClassName("door-search");
        search.setPlaceholder(getTranslation("checkin.door.search"));
        search.setAriaLabel(getTranslation("checkin.door.search"));
        search.setHelperText(getTranslation("checkin.door.searchHelp"));
        search.setClearButtonVisible(true);
        search.setAutofocus(true);
        search.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showResults();
            }
        });
        search.addKeyDownListener(Key.ENTER, e -> submit(search.getValue()));
        cameraButton.setId("door-camera");
        cameraButton.setText(getTranslation("checkin.door.camera"));
        cameraButton.addThemeVariants(ButtonVariant.LUMO_LARGE);
        cameraButton.addClickListener(e -> toggleCamera());
        var row = new Div(search, cameraButton);
        row.addClassName("door-input");
        return row;
    }

    private Div footer() {
        var walkIn = new Button(getTranslation("checkin.door.walkIn"), e -> {
            if (allowed()) {
                new WalkInDialog(access, registrations, attendance, door.getValue(), this::walkedIn).open();
            }
        });
        walkIn.setId("door-walk-in");
        walkIn.addThemeVariants(ButtonVariant.LUMO_LARGE);
        door.setId("door-name");
        door.setLabel(getTranslation("checkin.door.door"));
        door.setMaxLength(60);
        var footer = new Div(walkIn, door);
        footer.addClassName("door-footer");
        return footer;
    }

    /** Enter in the field: a code checks in at once; anything else (or an unknown code that is a name) searches. */
    void submit(String typed) {
        if (!allowed() || typed == null || typed.isBlank()) {
            return;
        }
        if (CheckinCodes.normalise(typed).isPresent()) {
            var outcome = attendance.checkInByCode(access.eventId(), typed, access.recordedAs(), door.getValue());
            if (outcome.answer() != CheckinOutcome.Answer.UNKNOWN_CODE
                    || attendance.search(access.eventId(), typed).isEmpty()) {
                answer.show(withAnswers(outcome));
                search.clear();
                results.removeAll();
                search.focus();
                refresh();
                return;
            }
        }
        showResults();
    }

    @ClientCallable
    void scanned(String code) {
        search.setValue(code);
        submit(code);
    }

    @ClientCallable
    void cameraFailed(String reason) {
        camera.stop();
        cameraButton.setText(getTranslation("checkin.door.camera"));
        answer.show("CAMERA", getTranslation("checkin.door.cameraFailed", reason));
    }

    private void toggleCamera() {
        if (camera.running()) {
            camera.stop();
            cameraButton.setText(getTranslation("checkin.door.camera"));
        } else if (allowed()) {
            camera.start();
            cameraButton.setText(getTranslation("checkin.door.cameraStop"));
        }
    }

    private void tap(DoorEntry entry) {
        if (!allowed()) {
            return;
        }
        var current = attendance.entry(access.eventId(), entry.id()).orElse(entry);
        if (current.present()) {
            confirmUndo(current);
            return;
        }
        var outcome = attendance.checkIn(access.eventId(), entry.id(), access.recordedAs(), door.getValue());
        answer.show(withAnswers(outcome));
        if (outcome.answer() == CheckinOutcome.Answer.ARRIVED) {
            // Ready for the next person in the queue: the banner keeps this one's card.
            search.clear();
            search.focus();
        }
        refresh();
    }

    private void confirmUndo(DoorEntry entry) {
        Confirm.action("door-undo", getTranslation("checkin.door.undoTitle"),
                getTranslation("checkin.door.undoText", entry.fullName(), DoorCard.HOUR.format(entry.checkedInAt())),
                getTranslation("checkin.door.undoConfirm"), () -> {
                    if (allowed() && attendance.undo(access.eventId(), entry.id())) {
                        answer.show("UNDONE", getTranslation("checkin.door.undone", entry.fullName()));
                    }
                    refresh();
                });
    }

    private void walkedIn(CheckinOutcome outcome) {
        answer.show(outcome);
        refresh();
    }

    /**
     * Redraws the results keeping the card of each person whose entry did not change: a tap on a card
     * the volunteer sees is not lost because a later keystroke or another door's check-in redrew the list.
     */
    private void showResults() {
        var words = search.getValue();
        List<DoorEntry> found = words == null || words.isBlank() ? List.of()
                : attendance.withAnswers(access.eventId(), attendance.search(access.eventId(), words), language());
        results.getChildren().filter(child -> !(child instanceof DoorCard card && found.contains(card.entry())))
                .toList().forEach(results::remove);
        var index = 0;
        for (var entry : found) {
            var shown = results.getChildren().skip(index).findFirst();
            if (!(shown.orElse(null) instanceof DoorCard card && card.entry().equals(entry))) {
                results.addComponentAtIndex(index, new DoorCard(entry, () -> tap(entry)));
            }
            index++;
        }
        // A kept card out of the new order was drawn again above: the stale one goes.
        results.getChildren().skip(index).toList().forEach(results::remove);
        if (words != null && !words.isBlank() && found.isEmpty()) {
            var none = new Div(getTranslation("checkin.door.noResult", words.strip()));
            none.addClassName("door-none");
            results.add(none);
        }
        if (found.size() >= AttendanceService.SEARCH_LIMIT) {
            results.add(new Div(getTranslation("checkin.door.more")));
        }
    }

    private CheckinOutcome withAnswers(CheckinOutcome outcome) {
        return attendance.withAnswers(access.eventId(), outcome, language());
    }

    private String language() {
        return getLocale().getLanguage();
    }

    private void refresh() {
        stamp = attendance.stamp(access.eventId());
        refreshCounts();
        showResults();
    }

    private void refreshCounts() {
        var summary = attendance.summary(access.eventId());
        count.setText(getTranslation("checkin.door.count", summary.present(), summary.expected())
                + (summary.closed() ? " · " + getTranslation("checkin.door.closed") : ""));
    }

    /** Every poll: has anything changed at this day since the last look? Then redraw counts and results. */
    void poll() {
        if (!allowed()) {
            return;
        }
        var now = attendance.stamp(access.eventId());
        if (!now.equals(stamp)) {
            refresh();
        }
    }

    private boolean allowed() {
        if (access.stillAllowed().getAsBoolean()) {
            return true;
        }
        camera.stop();
        removeAll();
        var revoked = new Div(getTranslation("checkin.door.revoked"));
        revoked.setId("door-revoked");
        revoked.addClassName("door-answer");
        revoked.addClassName("door-answer-CANCELLED");
        add(revoked);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        return false;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.getPage().addJavaScript("context://js/jsQR.js");
        ui.getPage().addJavaScript("context://js/door.js");
        stamp = attendance.stamp(access.eventId());
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        camera.stop();
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    String answerShown() {
        return answer.answer();
    }
}
