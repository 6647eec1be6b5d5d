package fr.journees.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The back-office frame: brand, navigation from {@code @Menu} (already filtered by role), user and language. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Localized.frame(this);
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), navbar(authentication));
    }

    private Div brand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = Localized.sideNav();
        nav.setId("main-nav");
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            var parts = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(parts[0], parts[1]));
        }
        return item;
    }

    private HorizontalLayout navbar(AuthenticationContext authentication) {
        var user = authentication.getPrincipalName().orElse("");
        var avatar = Localized.avatar(user);
        var name = new Span(user);
        name.setId("current-user");
        var password = new Anchor("mot-de-passe", getTranslation("action.changePassword"));
        password.setId("change-password-link");
        var logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(new LanguageSwitch(), avatar, name, password, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("navbar-end");
        return bar;
    }
}
