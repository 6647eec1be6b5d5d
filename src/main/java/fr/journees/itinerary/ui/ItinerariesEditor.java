package fr.journees.itinerary.ui;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.FormDialog;
import fr.journees.base.ui.LazyChoices;
import fr.journees.event.EventHeader;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryRejected;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.ItineraryView;

/** The itineraries tab: the plan (collisions, window), one card per itinerary, rotation proposals. */
class ItinerariesEditor extends VerticalLayout {

    private final EditorContext context;
    private final Div content = new Div();

    ItinerariesEditor(EventHeader event, ItineraryService itineraries, LazyChoices.Page places,
                      ToIntFunction<String> countPlaces, LazyChoices.Page people, ToIntFunction<String> countPeople,
                      StopHelp help) {
        setId("itineraries");
        setPadding(false);
        this.context = new EditorContext(event, itineraries, places, countPlaces, people, countPeople, help,
                this::refresh);
        content.setWidthFull();
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var plan = context.itineraries().plan(context.event().id());
        var list = context.itineraries().forEvent(context.event().id());
        if (context.event().editable()) {
            content.add(toolbar(list));
        } else {
            content.add(new Paragraph(getTranslation("itinerary.readOnly")));
        }
        content.add(new PlanSummary(plan));
        if (list.isEmpty()) {
            content.add(new Paragraph(getTranslation("itinerary.none")));
        }
        var cards = new Div();
        cards.addClassName("itinerary-cards");
        for (var itinerary : list) {
            cards.add(new ItineraryCard(context, itinerary, plan.scheduleOf(itinerary.id()),
                    plan.overruns(itinerary.id())));
        }
        content.add(cards);
    }

    private HorizontalLayout toolbar(java.util.List<ItineraryView> list) {
        var create = new Button(getTranslation("itinerary.new"), e -> create(list));
        create.setId("new-itinerary");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var rotation = new Button(getTranslation("rotation.open"), e -> new RotationDialog(context, list).open());
        rotation.setId("propose-rotation");
        rotation.setEnabled(!list.isEmpty());
        return new HorizontalLayout(create, rotation);
    }

    private void create(java.util.List<ItineraryView> list) {
        var used = list.stream().map(ItineraryView::colour).toList();
        var free = Arrays.stream(ItineraryColour.values()).filter(c -> !used.contains(c)).findFirst().orElse(null);
        LocalTime departure = list.isEmpty() ? context.event().start() : list.get(0).departure();
        var form = context.itineraryForm();
        form.edit(null, free, departure);
        new FormDialog(getTranslation("itinerary.new"), form, () -> form.draft()
                .map(draft -> save(form, draft))
                .orElse(false)).open();
    }

    private boolean save(ItineraryForm form, ItineraryDraft draft) {
        try {
            return context.attempt(() -> context.itineraries().create(context.event().id(), draft,
                    java.util.List.of()));
        } catch (ItineraryRejected rejected) {
            form.show(rejected);
            return false;
        }
    }
}
