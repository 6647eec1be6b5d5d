package fr.journees.itinerary.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H4;

import fr.journees.base.ui.Localized;
import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.planning.RotationProposal;

/** Choose the places, preview collision-free orders for every itinerary, then apply them. */
class RotationDialog extends Dialog {

    private final EditorContext context;
    private final List<ItineraryView> itineraries;
    private final MultiSelectComboBox<Choice> places = Localized.multiSelect();
    private final Div preview = new Div();
    private final Button apply = new Button();
    private RotationProposal.Found proposal;

    RotationDialog(EditorContext context, List<ItineraryView> itineraries) {
        this.context = context;
        this.itineraries = itineraries;
        setHeaderTitle(getTranslation("rotation.title"));
        setWidth("min(48rem, 95vw)");
        places.setId("rotation-places");
        places.setLabel(getTranslation("rotation.places"));
        places.setWidthFull();
        LazyChoices.bind(places, context.places(), context.countPlaces());
        places.setValue(new LinkedHashSet<>(itineraries.stream().flatMap(i -> i.stops().stream())
                .map(s -> new Choice(s.placeId(), s.placeName())).toList()));
        var compute = new Button(getTranslation("rotation.compute"), e -> compute());
        compute.setId("rotation-compute");
        preview.setId("rotation-preview");
        add(new Paragraph(getTranslation("rotation.intro", itineraries.size())), places, compute, preview);
        apply.setText(getTranslation("rotation.apply"));
        apply.setId("rotation-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> applyProposal());
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, apply);
    }

    private void compute() {
        var placeIds = places.getValue().stream().map(Choice::id).toList();
        var answer = context.itineraries().proposeRotation(context.event().id(), placeIds);
        preview.removeAll();
        if (answer instanceof RotationProposal.Found found) {
            proposal = found;
            for (var schedule : found.schedules()) {
                var stops = new OrderedList();
                schedule.stops().forEach(s -> stops.add(new ListItem(getTranslation("rotation.stop", s.arrival(),
                        s.departure(), s.placeName()))));
                preview.add(new Div(new H4(schedule.name()), stops));
            }
            if (found.walkMetres() > 0) {
                preview.add(new Paragraph(getTranslation("rotation.walk", found.walkMetres())));
            }
            apply.setEnabled(context.event().editable());
        } else {
            proposal = null;
            var impossible = (RotationProposal.Impossible) answer;
            var message = new Paragraph(getTranslation("rotation.impossible." + impossible.reason().name(),
                    impossible.places(), impossible.groups()));
            message.setId("rotation-message");
            message.getElement().setAttribute("role", "alert");
            preview.add(message);
            apply.setEnabled(false);
        }
    }

    private void applyProposal() {
        if (proposal == null) {
            return;
        }
        var versions = new HashMap<Long, Integer>();
        itineraries.forEach(i -> versions.put(i.id(), i.version()));
        // Applied or refused for a conflict (then the editor shows the fresh state): either way, done here.
        context.attempt(() -> context.itineraries().applyRotation(context.event().id(), versions, proposal));
        close();
    }
}
