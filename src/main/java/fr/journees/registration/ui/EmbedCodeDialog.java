package fr.journees.registration.ui;

import java.util.Set;

import org.springframework.web.util.HtmlUtils;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;

/**
 * The code an organiser pastes on their own website to show the day's page or its form in a frame. Only
 * the sites listed in Accès API may show it (the page's frame-ancestors), which the dialog says and lists.
 */
class EmbedCodeDialog extends Dialog {

    EmbedCodeDialog(EventHeader event, String pageUrl, Set<String> allowedSites) {
        setId("embed-dialog");
        setHeaderTitle(getTranslation("registration.embed.title"));
        setWidth("min(44rem, 95vw)");
        var intro = new Paragraph(allowedSites.isEmpty() ? getTranslation("registration.embed.noSite")
                : getTranslation("registration.embed.sites", String.join(", ", allowedSites.stream().sorted().toList())));
        intro.setId("embed-sites");
        var access = new Anchor("acces-api", getTranslation("registration.embed.access"));
        add(intro, access, code("embed-page", getTranslation("registration.embed.page"), iframe(pageUrl, event.title(), 1400)),
                code("embed-form", getTranslation("registration.embed.form"),
                        iframe(pageUrl + "/inscription", event.title(), 1800)));
        var close = new Button(getTranslation("registration.embed.close"), e -> close());
        close.setId("embed-close");
        getFooter().add(close);
    }

    /** The frame's address and title escaped for an HTML attribute: the title is the organiser's text. */
    static String iframe(String url, String title, int height) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(url + "?integre=1", "UTF-8") + "\" title=\""
                + HtmlUtils.htmlEscape(title.replaceAll("\\p{Cntrl}", " "), "UTF-8") + "\" loading=\"lazy\" "
                + "style=\"width:100%;min-height:" + height + "px;border:0\"></iframe>";
    }

    private TextArea code(String id, String label, String html) {
        var area = new TextArea(label);
        area.setId(id);
        area.setValue(html);
        area.setReadOnly(true);
        area.setWidthFull();
        var copy = new Button(getTranslation("registration.embed.copy"), e -> {
            area.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", html);
            Notifications.success(getTranslation("registration.embed.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setId(id + "-copy");
        area.setSuffixComponent(copy);
        return area;
    }
}
