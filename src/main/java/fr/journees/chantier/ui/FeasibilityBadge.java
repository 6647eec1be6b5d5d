package fr.journees.chantier.ui;

import com.vaadin.flow.component.html.Span;

import fr.journees.chantier.Feasibility;

/** The feasibility as a colour swatch with its label: never the colour alone. */
class FeasibilityBadge extends Span {

    FeasibilityBadge(Feasibility feasibility) {
        addClassName("feasibility-badge");
        addClassName("feasibility-" + feasibility.name().toLowerCase());
        var swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "1.1em").set("height", "1.1em")
                .set("border-radius", "50%").set("border", "2px solid #333").set("vertical-align", "middle")
                .set("margin-inline-end", "0.4em").set("background", feasibility.hex());
        swatch.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(getTranslation(feasibility.labelKey()));
        label.getStyle().set("font-weight", "600");
        add(swatch, label);
    }
}
