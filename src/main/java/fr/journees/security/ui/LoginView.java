package fr.journees.security.ui;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.journees.base.ui.LanguageSwitch;
import fr.journees.security.LoginThrottled;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-view");
        addClassName("login-view");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        add(story(), formPanel());
    }

    private Div story() {
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        var points = new UnorderedList(new ListItem(getTranslation("login.point.plan")),
                new ListItem(getTranslation("login.point.register")),
                new ListItem(getTranslation("login.point.day")),
                new ListItem(getTranslation("login.point.bank")));
        var story = new Div(title, tagline, points);
        story.addClassName("login-story");
        return story;
    }

    private Div formPanel() {
        var panel = new Div(new LanguageSwitch(), form);
        panel.addClassName("login-panel");
        return panel;
    }

    private LoginI18n translations() {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.email"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        var i18n = translations();
        if (failed && lastFailure() instanceof LoginThrottled throttled) {
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", throttled.minutes()));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    /** Spring Security keeps the last login failure in the session for the page it redirects to. */
    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
