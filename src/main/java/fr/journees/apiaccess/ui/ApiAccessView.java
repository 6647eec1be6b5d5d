package fr.journees.apiaccess.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.apiaccess.ApiKeyService;
import fr.journees.apiaccess.ApiOriginService;
import fr.journees.event.EventService;
import fr.journees.security.AccountService;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Organisers open the public API to others: the keys programs present, the websites browsers may call it from. */
@Route("acces-api")
@Menu(order = 85, title = "api.menu", icon = "vaadin:key")
@RolesAllowed(Roles.ORGANISER)
public class ApiAccessView extends VerticalLayout implements HasDynamicTitle {

    static final String DOCUMENTATION = "/swagger-ui/index.html";
    static final String OPENAPI = "/v3/api-docs";

    public ApiAccessView(ApiKeyService keys, ApiOriginService origins, EventService events, AccountService accounts,
                         AuthenticationContext authentication) {
        setId("api-access-view");
        var links = new HorizontalLayout(link("api-docs-link", DOCUMENTATION, "api.docs"),
                link("api-openapi-link", OPENAPI, "api.openapi"));
        add(new H1(getTranslation("api.title")), new Paragraph(getTranslation("api.intro")), links,
                new ApiKeysSection(keys, events, accounts, authentication.getPrincipalName().orElseThrow()),
                new ApiOriginsSection(origins));
    }

    /** Opens in a new tab, outside the Vaadin router: these pages are served by the API, not by views. */
    private Anchor link(String id, String href, String key) {
        var anchor = new Anchor(href, getTranslation(key), AnchorTarget.BLANK);
        anchor.setId(id);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("rel", "noopener");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.title") + " · " + getTranslation("app.name");
    }
}
