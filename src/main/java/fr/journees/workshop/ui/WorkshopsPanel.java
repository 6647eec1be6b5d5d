package fr.journees.workshop.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fr.journees.workshop.WorkshopView;

/** The thematic workshops, each with its guiding questions and its recueil of initiatives. */
class WorkshopsPanel extends Section {

    WorkshopsPanel(List<WorkshopView> workshops) {
        setId("workshops");
        addClassName("panel");
        add(new H2(getTranslation("workshop.plural")));
        for (var workshop : workshops) {
            var content = new Div();
            if (workshop.guidingQuestions() != null) {
                content.add(new Paragraph(workshop.guidingQuestions()));
            }
            content.add(new Paragraph(getTranslation("workshop.meta", workshop.room() == null ? "—" : workshop.room(),
                    workshop.capacity() == null ? "—" : workshop.capacity(),
                    workshop.facilitators().isEmpty() ? "—" : workshop.facilitators().stream().map(f -> f.displayName()).collect(java.util.stream.Collectors.joining(", ")))));
            var recueil = new UnorderedList();
            for (var initiative : workshop.initiatives()) {
                recueil.add(new ListItem(initiative.title() + (initiative.porteur() == null ? ""
                        : " — " + initiative.porteur())));
            }
            content.add(recueil);
            var details = new Details(getTranslation("workshop.heading", workshop.position() + 1, workshop.title(),
                    workshop.initiatives().size()), content);
            details.setId("workshop-" + workshop.id());
            add(details);
        }
    }
}
