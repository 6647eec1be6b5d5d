package fr.journees.itinerary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import fr.journees.itinerary.ItineraryPlan;

/** The visit window and, above all, whether two groups would meet at a place. */
class PlanSummary extends Div {

    PlanSummary(ItineraryPlan plan) {
        setId("plan-summary");
        add(new Paragraph(getTranslation(plan.visitSlot() ? "itinerary.window" : "itinerary.window.wholeDay",
                plan.windowStart(), plan.windowEnd())));
        if (!plan.slotOverlaps().isEmpty()) {
            var warning = new Div();
            warning.setId("slot-overlaps");
            warning.addClassName("plan-conflict");
            warning.getElement().setAttribute("role", "status");
            var list = new UnorderedList();
            for (var overlap : plan.slotOverlaps()) {
                list.add(new ListItem(getTranslation("itinerary.slotOverlap", overlap.itinerary(), overlap.slot(),
                        overlap.from(), overlap.to())));
            }
            warning.add(new Paragraph(getTranslation("itinerary.slotOverlaps")), list);
            add(warning);
        }
        var verdict = new Div();
        verdict.setId("collisions");
        verdict.getElement().setAttribute("role", "status");
        if (plan.collisions().isEmpty()) {
            verdict.addClassName("plan-ok");
            verdict.add(new Paragraph(getTranslation("itinerary.noCollision")));
        } else {
            verdict.addClassName("plan-conflict");
            verdict.add(new Paragraph(getTranslation("itinerary.collisions", plan.collisions().size())));
            var list = new UnorderedList();
            for (var collision : plan.collisions()) {
                list.add(new ListItem(getTranslation("itinerary.collision", collision.firstItinerary(),
                        collision.secondItinerary(), collision.placeName(), collision.from(), collision.to())));
            }
            verdict.add(list);
        }
        add(verdict);
    }
}
