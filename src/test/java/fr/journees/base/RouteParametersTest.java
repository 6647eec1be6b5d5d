package fr.journees.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vaadin.flow.component.UI;

import fr.journees.base.ui.NotFoundView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** An address whose id is not a number is a proper 404 page, never a NumberFormatException. */
class RouteParametersTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"evenements/abc", "evenements/abc/parcours", "evenements/99999999999999999999",
            "restitution/abc", "mes-ateliers/fiche/abc", "mes-ateliers/fiche/-1", "evenements/1e3"})
    void a_non_numeric_id_is_not_found(String address) {
        login("orga@journees.test", Roles.ORGANISER, Roles.FACILITATOR);
        UI.getCurrent().navigate(address);
        _get(NotFoundView.class);
    }
}
