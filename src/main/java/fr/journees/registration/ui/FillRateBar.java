package fr.journees.registration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.journees.registration.FillRate;
import fr.journees.registration.FillRates;

/** How full the event, each itinerary and each workshop are. */
class FillRateBar extends Div {

    FillRateBar() {
        setId("fill-rates");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-s)");
    }

    void show(FillRates rates) {
        removeAll();
        add(gauge(new FillRate(rates.event().id(), getTranslation("registration.admin.day"),
                rates.event().confirmed(), rates.event().capacity()), rates.waitlisted()));
        rates.itineraries().forEach(r -> add(gauge(r, -1)));
        rates.workshops().forEach(r -> add(gauge(r, -1)));
    }

    private Div gauge(FillRate rate, int waitlisted) {
        var text = rate.capacity() == null
                ? getTranslation("registration.admin.fillUnlimited", rate.label(), rate.confirmed())
                : getTranslation("registration.admin.fill", rate.label(), rate.confirmed(), rate.capacity());
        if (waitlisted >= 0) {
            text += " · " + getTranslation("registration.admin.waiting", waitlisted);
        }
        var bar = new ProgressBar(0, 1, rate.ratio() < 0 ? 0 : rate.ratio());
        bar.getElement().setAttribute("aria-label", text);
        return new Div(new Span(text), bar);
    }
}
