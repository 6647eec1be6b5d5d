package fr.journees.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;

import fr.journees.base.ui.NotFoundView;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccessMatrix.Who;
import fr.journees.security.ui.LoginView;
import fr.journees.support.KaribuTest;

/**
 * Every view found by reflection, opened as an anonymous visitor, a facilitator and an organiser: it opens
 * exactly for those {@link AccessMatrix#ROUTES} names, and sends the others to the login page or refuses them.
 */
class RouteAccessMatrixTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired EventSharing sharing;
    @Autowired RegistrationService registrations;
    @Autowired ChantierService chantier;

    RouteSamples samples;

    @BeforeEach
    void samples() {
        samples = RouteSamples.create(days, events, sharing, registrations, chantier);
    }

    @AfterEach
    void removeSamples() {
        samples.remove(days, sharing, chantier);
    }

    @Test
    void every_route_is_listed_in_the_access_matrix() {
        var templates = new TreeSet<String>();
        AccessMatrix.routeClasses().forEach(c -> templates.add(c.getAnnotation(Route.class).value()));
        assertThat(templates).as("routes missing from AccessMatrix.ROUTES").isSubsetOf(AccessMatrix.ROUTES.keySet());
    }

    @Test
    void each_view_opens_for_exactly_the_people_it_is_meant_for() {
        var wrong = new ArrayList<String>();
        for (var view : AccessMatrix.routeClasses()) {
            var template = view.getAnnotation(Route.class).value();
            for (var who : List.of(Who.ANONYMOUS, Who.FACILITATOR, Who.ORGANISER)) {
                boolean expected = AccessMatrix.ROUTES.getOrDefault(template, java.util.Set.of()).contains(who);
                boolean shown = opens(view, samples.url(template, Who.PARTICIPANT), who);
                if (shown != expected) {
                    wrong.add(who + " " + (shown ? "opens " : "cannot open ") + template);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private boolean opens(Class<?> view, String url, Who who) {
        restartVaadin();
        switch (who) {
            case FACILITATOR -> login("anim@journees.test", Roles.FACILITATOR);
            case ORGANISER -> login("orga@journees.test", Roles.ORGANISER);
            default -> { }
        }
        try {
            UI.getCurrent().navigate(url);
        } catch (Throwable denied) {
            // Karibu throws MockAccessDeniedException where a browser would be refused the view.
            if (String.valueOf(denied.getMessage()).contains("Access is denied")) {
                return false;
            }
            throw new IllegalStateException(url + " as " + who, denied);
        }
        // Sent to the login page is a refusal; the view itself, or its "not found" for a secret it was not
        // given, is access granted.
        @SuppressWarnings("unchecked")
        var found = _find((Class<Component>) view);
        return view == LoginView.class || _find(LoginView.class).isEmpty()
                && (!found.isEmpty() || !_find(NotFoundView.class).isEmpty());
    }
}
