package fr.journees.registration.ui.pub;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventDetails;
import fr.journees.event.EventService;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationWindow;
import fr.journees.registration.SubmissionLimiter;
import fr.journees.registration.ui.PlaceChoices;
import fr.journees.registration.ui.RegistrationForm;

/**
 * The public registration form. Spam protection without a third party: a honeypot field that people
 * never see (bots fill it) and a limit of submissions per IP address. On success the participant lands
 * on their personal page, which shows the status and the waitlist position.
 */
@Route(value = "e/:slug/inscription", autoLayout = false)
@AnonymousAllowed
public class RegistrationFormView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final RegistrationService registrations;
    private final SubmissionLimiter limiter;
    private String title = "";

    public RegistrationFormView(EventService events, RegistrationService registrations, SubmissionLimiter limiter) {
        this.events = events;
        this.registrations = registrations;
        this.limiter = limiter;
        setId("registration-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var event = EventPageView.publishedEvent(events, enter);
        title = getTranslation("registration.form.title") + " · " + event.title();
        content.removeAll();
        var heading = new H1(getTranslation("registration.form.title"));
        heading.setId("registration-title");
        content.add(heading, new Paragraph(event.title()),
                link("e/" + event.slug(), getTranslation("registration.form.back"), "back-to-event"));
        if (!RegistrationWindow.isOpen(event, LocalDateTime.now())) {
            var closed = new Paragraph(getTranslation("registration.page.closed"));
            closed.setId("registration-closed");
            content.add(closed);
            return;
        }
        var fill = registrations.fillRates(event.id());
        var form = new RegistrationForm(PlaceChoices.of(fill.itineraries(), this::getTranslation),
                PlaceChoices.of(fill.workshops(), this::getTranslation), event.lunchOffered(), true);
        var honeypot = new TextField(getTranslation("registration.field.website"));
        honeypot.setId("registration-website");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.getStyle().set("position", "absolute").set("left", "-10000px").set("height", "1px")
                .set("overflow", "hidden");
        var submit = new Button(getTranslation("registration.form.submit"), e -> submit(event, form, honeypot));
        submit.setId("registration-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        content.add(new Paragraph(getTranslation("registration.form.required")), form, privacyNotice(event.slug()),
                honeypot, submit);
    }

    private void submit(EventDetails event, RegistrationForm form, TextField honeypot) {
        var request = form.read(language());
        if (request.isEmpty()) {
            Notifications.error(getTranslation("registration.error.form"));
            return;
        }
        if (!honeypot.isEmpty()) {
            // A bot: answer as if all went well, register nothing.
            Notifications.success(getTranslation("registration.form.received"));
            return;
        }
        var ip = VaadinRequest.getCurrent() == null ? "?" : VaadinRequest.getCurrent().getRemoteAddr();
        if (!limiter.allow(ip)) {
            Notifications.error(getTranslation("registration.error.tooMany"));
            return;
        }
        try {
            var outcome = registrations.register(event.id(), request.get());
            getUI().ifPresent(ui -> ui.navigate(PersonalPageView.class, PersonalPageView.parameters(outcome.token())));
        } catch (RegistrationRejected rejected) {
            Notifications.error(getTranslation("registration.error." + rejected.reason().name()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
