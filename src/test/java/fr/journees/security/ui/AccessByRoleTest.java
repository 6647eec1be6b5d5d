package fr.journees.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import fr.journees.event.ui.HomeView;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

class AccessByRoleTest extends KaribuTest {

    @Test
    void organiser_sees_the_accounts_view_in_the_menu_and_can_open_it() {
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Accueil", "Comptes");
        UI.getCurrent().navigate(AccountsView.class);
        _assertOne(AccountsView.class);
    }

    @Test
    void facilitator_does_not_see_organiser_views() {
        login("anim@journees.test", Roles.FACILITATOR);
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Accueil").doesNotContain("Comptes");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AccountsView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(AccountsView.class);
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(HomeView.class);
        _assertNone(HomeView.class);
        _assertOne(LoginView.class);
        assertThat(_get(LoginView.class).getElement().getTextRecursively()).contains("Journées");
    }
}
