package fr.journees.checkin.ui;

import com.vaadin.flow.component.html.Div;

import fr.journees.registration.CheckinOutcome;

/**
 * The door's answer to the last scan or tap, one colour per answer (see checkin.css), with the
 * person's card when there is one, and a sound and vibration of its own where the device allows.
 */
class AnswerBanner extends Div {

    private final Div text = new Div();

    AnswerBanner() {
        setId("door-answer");
        addClassName("door-answer");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "assertive");
        text.setId("door-answer-text");
        text.addClassName("door-answer-text");
        setVisible(false);
    }

    void show(CheckinOutcome outcome) {
        var entry = outcome.entry();
        var name = entry == null ? "" : entry.fullName();
        var since = entry == null || entry.checkedInAt() == null ? "" : DoorCard.HOUR.format(entry.checkedInAt());
        show(outcome.answer().name(), getTranslation("checkin.answer." + outcome.answer().name(), name, since));
        if (entry != null) {
            var card = new DoorCard(entry, () -> { });
            card.setId("door-answer-entry");
            add(card);
        }
        getElement().executeJs("window.journeesDoor && window.journeesDoor.feedback($0)", outcome.answer().name());
    }

    void show(String kind, String message) {
        removeAll();
        getClassNames().removeIf(c -> c.startsWith("door-answer-"));
        addClassName("door-answer-" + kind);
        getElement().setAttribute("data-answer", kind);
        text.setText(message);
        add(text);
        setVisible(true);
    }

    String answer() {
        return getElement().getAttribute("data-answer");
    }
}
