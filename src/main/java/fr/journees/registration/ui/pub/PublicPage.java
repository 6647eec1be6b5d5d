package fr.journees.registration.ui.pub;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;

import fr.journees.base.ui.LanguageSwitch;
import fr.journees.event.EventLinks;

/** The frame of the participants' pages: narrow, readable on a phone, with the language switch. */
abstract class PublicPage extends Main {

    protected final Div content = new Div();

    PublicPage() {
        addClassName("public-page");
        getStyle().set("display", "block").set("max-width", "46rem").set("margin", "0 auto")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        var brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600");
        var header = new Header(brand, new LanguageSwitch());
        header.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center")
                .set("flex-wrap", "wrap");
        content.setWidthFull();
        add(header, content);
    }

    static Anchor link(String href, String text, String id) {
        var anchor = new Anchor(href, text);
        anchor.setId(id);
        return anchor;
    }

    /** The day's privacy notice: a server-rendered page, not a route, in the page's language. */
    Anchor privacyNotice(String slug) {
        var anchor = link(EventLinks.privacyNoticePath(slug).substring(1) + "?lang=" + language(),
                getTranslation("registration.privacyNotice"), "privacy-notice-link");
        anchor.setRouterIgnore(true);
        return anchor;
    }

    String language() {
        return getLocale() != null && "en".equals(getLocale().getLanguage()) ? "en" : "fr";
    }
}
