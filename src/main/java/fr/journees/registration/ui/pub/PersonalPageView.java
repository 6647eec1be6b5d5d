package fr.journees.registration.ui.pub;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.ui.PlaceChoices;
import fr.journees.registration.ui.RegistrationForm;

/** A participant's personal page, reached by the secret link: see, change, cancel. Unknown token → 404. */
@Route(value = "r/:token", autoLayout = false)
@AnonymousAllowed
public class PersonalPageView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private final EventService events;
    private final EventLinks eventLinks;
    private String title = "";

    public PersonalPageView(RegistrationService registrations, EventService events, EventLinks eventLinks) {
        this.registrations = registrations;
        this.events = events;
        this.eventLinks = eventLinks;
        setId("personal-page");
    }

    public static RouteParameters parameters(String token) {
        return new RouteParameters("token", token);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var registration = enter.getRouteParameters().get("token").flatMap(registrations::byToken)
                .orElseThrow(NotFoundException::new);
        show(registration);
    }

    private void show(RegistrationView r) {
        var event = events.details(r.eventId()).orElseThrow(NotFoundException::new);
        title = event.title();
        content.removeAll();
        var heading = new H1(event.title());
        heading.setId("personal-title");
        var date = event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));
        content.add(heading, new Paragraph(getTranslation("registration.page.when", date, event.start(), event.end())),
                new Paragraph(r.fullName() + " · " + r.email()));
        var status = new Paragraph(r.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("registration.personal.WAITLISTED", r.waitlistPosition())
                : getTranslation("registration.personal." + r.status().name()));
        status.setId("personal-status");
        status.getElement().setAttribute("role", "status");
        content.add(status);
        if (r.itineraryName() != null) {
            content.add(new Paragraph(getTranslation("registration.personal.itinerary", r.itineraryName())));
        }
        if (r.workshopTitle() != null) {
            content.add(new Paragraph(getTranslation("registration.personal.workshop", r.workshopTitle())));
        }
        if (r.status() != RegistrationStatus.CANCELLED) {
            // Google and Microsoft get the public page of the day, never the personal link (its token).
            content.add(new CalendarButtons(event, "r/" + r.token() + "/agenda.ics",
                    eventLinks.page(event.slug())));
            content.add(actions(r, event));
        }
        content.add(new PersonalDataActions(r.token(), () -> erase(r)), privacyNotice(event.slug()));
    }

    private Div actions(RegistrationView r, EventDetails event) {
        var change = new Button(getTranslation("registration.personal.change"), e -> edit(r, event));
        change.setId("personal-change");
        var cancel = new Button(getTranslation("registration.personal.cancel"), e -> confirmCancel(r));
        cancel.setId("personal-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var box = new Div(change, cancel);
        box.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return box;
    }

    private void edit(RegistrationView r, EventDetails event) {
        var fill = registrations.fillRates(event.id());
        var form = new RegistrationForm(PlaceChoices.of(fill.itineraries(), this::getTranslation),
                PlaceChoices.of(fill.workshops(), this::getTranslation), event.lunchOffered(), false);
        form.fill(r);
        form.setEmailEditable(false);
        var save = new Button(getTranslation("registration.personal.save"), e -> form.read(r.language())
                .ifPresentOrElse(request -> {
                    try {
                        registrations.change(r.token(), r.version(), request);
                        Notifications.success(getTranslation("registration.personal.saved"));
                        show(registrations.byToken(r.token()).orElseThrow());
                    } catch (RegistrationRejected rejected) {
                        Notifications.error(getTranslation("registration.error." + rejected.reason().name()));
                    }
                }, () -> Notifications.error(getTranslation("registration.error.form"))));
        save.setId("personal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.removeAll();
        content.add(new H1(getTranslation("registration.personal.change")), form, save);
    }

    private void erase(RegistrationView r) {
        registrations.erase(r.token());
        content.removeAll();
        var done = new Paragraph(getTranslation("registration.personal.erased"));
        done.setId("personal-erased");
        done.getElement().setAttribute("role", "status");
        content.add(done);
    }

    private void confirmCancel(RegistrationView r) {
        var dialog = new ConfirmDialog(getTranslation("registration.personal.cancelTitle"),
                getTranslation("registration.personal.cancelText"), getTranslation("registration.personal.cancelConfirm"),
                e -> {
                    registrations.cancel(r.token());
                    Notifications.success(getTranslation("registration.personal.cancelled"));
                    show(registrations.byToken(r.token()).orElseThrow());
                });
        dialog.setId("personal-cancel-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("registration.personal.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
