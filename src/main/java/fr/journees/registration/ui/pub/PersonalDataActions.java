package fr.journees.registration.ui.pub;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import fr.journees.base.ui.Confirm;

/** On the personal page: download everything held (JSON, readable page) and erase it now, after a confirmation. */
class PersonalDataActions extends Div {

    PersonalDataActions(String token, Runnable erase) {
        setId("personal-data");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        var json = new Anchor("r/" + token + "/donnees.json", getTranslation("registration.personal.data.json"));
        json.setId("personal-data-json");
        json.setRouterIgnore(true);
        json.getElement().setAttribute("download", "mes-donnees.json");
        var page = new Anchor("r/" + token + "/donnees.html", getTranslation("registration.personal.data.html"));
        page.setId("personal-data-html");
        page.setRouterIgnore(true);
        page.setTarget("_blank");
        var eraseButton = new Button(getTranslation("registration.personal.erase"),
                e -> Confirm.action("personal-erase-confirm", getTranslation("registration.personal.eraseTitle"),
                        getTranslation("registration.personal.eraseText"),
                        getTranslation("registration.personal.eraseConfirm"), erase));
        eraseButton.setId("personal-erase");
        eraseButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var links = new Div(json, page, eraseButton);
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("align-items", "center");
        add(new H2(getTranslation("registration.personal.data")), links);
    }
}
