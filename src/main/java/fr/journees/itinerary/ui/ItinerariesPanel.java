package fr.journees.itinerary.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fr.journees.itinerary.ItineraryView;

/** The parcours with their stops in visiting order. */
class ItinerariesPanel extends Section {

    ItinerariesPanel(List<ItineraryView> itineraries) {
        setId("itineraries");
        addClassName("panel");
        add(new H2(getTranslation("itinerary.plural")));
        var cards = new Div();
        cards.addClassName("cards");
        for (var itinerary : itineraries) {
            var swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", itinerary.colour().hex());
            var heading = new H3(swatch, new Span(itinerary.name()));
            var meta = new Span(getTranslation("itinerary.meta", itinerary.departure(),
                    itinerary.capacity() == null ? "—" : itinerary.capacity()));
            var stops = new OrderedList();
            for (var stop : itinerary.stops()) {
                var item = new ListItem(new Span(stop.placeName()));
                if (stop.theme() != null) {
                    var theme = new Div(getTranslation("itinerary.theme", stop.theme()));
                    theme.addClassName("stop-theme");
                    item.add(theme);
                }
                if (!stop.speakers().isEmpty()) {
                    var speakers = new Div(String.join(", ", stop.speakerNames()));
                    speakers.addClassName("stop-speakers");
                    item.add(speakers);
                }
                stops.add(item);
            }
            var card = new Div(heading, meta, stops);
            card.addClassName("card");
            card.setId("itinerary-" + itinerary.id());
            card.getStyle().set("border-top-color", itinerary.colour().hex());
            cards.add(card);
        }
        add(cards);
    }
}
