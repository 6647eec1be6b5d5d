package fr.journees.itinerary.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.FormDialog;
import fr.journees.itinerary.ItineraryRejected;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.PersonRef;
import fr.journees.itinerary.planning.ItinerarySchedule;

/** One itinerary: its colour, departure, guides and capacity, then its stops. */
class ItineraryCard extends Div {

    private final EditorContext context;
    private final ItineraryView itinerary;

    ItineraryCard(EditorContext context, ItineraryView itinerary, ItinerarySchedule schedule, boolean overruns) {
        this.context = context;
        this.itinerary = itinerary;
        setId("itinerary-" + itinerary.id());
        addClassName("card");
        getStyle().set("border-top-color", itinerary.colour().hex());
        var swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background", itinerary.colour().hex());
        add(new H3(swatch, new Span(itinerary.name())));
        var guides = itinerary.guides().isEmpty() ? "—"
                : itinerary.guides().stream().map(PersonRef::fullName).collect(Collectors.joining(", "));
        add(new Paragraph(getTranslation("itinerary.summary", itinerary.departure(), schedule.end(),
                itinerary.capacity() == null ? "∞" : itinerary.capacity(), guides)));
        if (overruns) {
            var warning = new Span(getTranslation("itinerary.overruns"));
            warning.getElement().getThemeList().add("badge error");
            warning.setId("overrun-" + itinerary.id());
            add(warning);
        }
        add(new StopsGrid(context, itinerary, schedule));
        if (context.event().editable()) {
            add(toolbar());
        }
    }

    private HorizontalLayout toolbar() {
        var addStop = new Button(getTranslation("stop.add"), e -> addStop());
        addStop.setId("add-stop-" + itinerary.id());
        var edit = new Button(getTranslation("action.edit"), e -> edit());
        edit.setId("edit-itinerary-" + itinerary.id());
        var delete = new Button(getTranslation("action.delete"), e -> confirmDeletion());
        delete.setId("delete-itinerary-" + itinerary.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(addStop, edit, delete);
    }

    private void addStop() {
        var stops = itinerary.stops();
        var form = context.stopForm(stops.isEmpty() ? null : stops.get(stops.size() - 1).placeId());
        form.edit(null);
        new FormDialog(getTranslation("stop.new", itinerary.name()), form, () -> form.draft()
                .map(draft -> context.attempt(() -> context.itineraries().addStop(itinerary.id(),
                        itinerary.version(), draft)))
                .orElse(false)).open();
    }

    private void edit() {
        var form = context.itineraryForm();
        form.edit(itinerary, itinerary.colour(), itinerary.departure());
        new FormDialog(getTranslation("itinerary.edit", itinerary.name()), form, () -> form.draft()
                .map(draft -> {
                    try {
                        return context.attempt(() -> context.itineraries().update(itinerary.id(),
                                itinerary.version(), draft));
                    } catch (ItineraryRejected rejected) {
                        form.show(rejected);
                        return false;
                    }
                })
                .orElse(false)).open();
    }

    private void confirmDeletion() {
        Confirm.deletion(getTranslation("itinerary.delete.title", itinerary.name()),
                getTranslation("itinerary.delete.text", itinerary.stops().size()),
                () -> context.attempt(() -> context.itineraries().delete(itinerary.id(), itinerary.version())));
    }
}
