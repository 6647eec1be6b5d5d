package fr.journees.registration.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Choice;
import fr.journees.base.ui.FormDialog;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;

/** Add, edit, move and cancel dialogs of the organisers' registrations; each refreshes the panel on success. */
class RegistrationDialogs {

    private final EventHeader event;
    private final RegistrationService registrations;
    private final boolean lunchOffered;
    private final Runnable changed;

    RegistrationDialogs(EventHeader event, RegistrationService registrations, boolean lunchOffered, Runnable changed) {
        this.event = event;
        this.registrations = registrations;
        this.lunchOffered = lunchOffered;
        this.changed = changed;
    }

    private RegistrationForm form(boolean consent) {
        var rates = registrations.fillRates(event.id());
        return new RegistrationForm(PlaceChoices.of(rates.itineraries(), (k, a) -> translate(k, a)),
                PlaceChoices.of(rates.workshops(), (k, a) -> translate(k, a)), lunchOffered, consent);
    }

    void add() {
        var form = form(true);
        new FormDialog(translate("registration.admin.add"), form, () -> form.read("fr").map(request -> attempt(() -> {
            var outcome = registrations.addByHand(event.id(), request);
            Notifications.success(translate("registration.status." + outcome.status().name()));
        })).orElse(false)).open();
    }

    void edit(RegistrationView r) {
        var form = form(false);
        form.fill(r);
        var consent = new ConsentLine(r.consent());
        form.add(consent);
        form.setColspan(consent, 2);
        new FormDialog(translate("action.edit"), form, () -> form.read(r.language())
                .map(request -> attempt(() -> registrations.edit(r.id(), r.version(), request))).orElse(false))
                .open();
    }

    void move(RegistrationView r) {
        var rates = registrations.fillRates(event.id());
        var itinerary = select("itinerary", PlaceChoices.of(rates.itineraries(), this::translate), r.itineraryId());
        var workshop = select("workshop", PlaceChoices.of(rates.workshops(), this::translate), r.workshopId());
        new FormDialog(translate("registration.admin.move") + " · " + r.fullName(), new FormLayout(itinerary, workshop),
                () -> attempt(() -> registrations.move(r.id(), r.version(),
                        itinerary.getValue() == null ? null : itinerary.getValue().id(),
                        workshop.getValue() == null ? null : workshop.getValue().id()))).open();
    }

    void cancel(RegistrationView r) {
        Confirm.action("registration-cancel-dialog", translate("registration.admin.cancelTitle"),
                translate("registration.admin.cancelText", r.fullName()), translate("registration.admin.cancel"),
                () -> attempt(() -> registrations.cancel(r.id(), r.version())));
    }

    private Select<Choice> select(String name, java.util.List<Choice> choices, Long current) {
        var select = new Select<Choice>();
        select.setId("move-" + name);
        select.setLabel(translate("registration.column." + name));
        select.setItems(choices);
        select.setItemLabelGenerator(Choice::label);
        select.setVisible(!choices.isEmpty());
        choices.stream().filter(c -> current != null && c.id() == current).findFirst().ifPresent(select::setValue);
        return select;
    }

    /** Runs a change; a refusal becomes a clear message and keeps the dialog open (a conflict goes to the UI handler). */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            changed.run();
            return true;
        } catch (RegistrationRejected rejected) {
            Notifications.error(translate("registration.error." + rejected.reason().name()));
            return false;
        }
    }

    private String translate(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
