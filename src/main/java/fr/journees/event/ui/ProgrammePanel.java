package fr.journees.event.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.journees.event.ProgrammeSlot;

/** The programme in time order; user text is set as text, never as HTML. */
class ProgrammePanel extends Section {

    ProgrammePanel(List<ProgrammeSlot> slots) {
        setId("programme");
        addClassName("panel");
        add(new H2(getTranslation("programme.title")));
        var list = new UnorderedList();
        list.addClassName("programme");
        for (var slot : slots) {
            var time = new Span(slot.end() == null ? slot.start().toString() : slot.start() + " – " + slot.end());
            time.addClassName("slot-time");
            var title = new Span(slot.title());
            title.addClassName("slot-title");
            var kind = new Span(getTranslation("programme.kind." + slot.kind().name()));
            kind.getElement().getThemeList().add("badge contrast");
            var body = new Div(title, kind);
            if (slot.location() != null) {
                body.add(new Paragraph(slot.location()));
            }
            if (slot.description() != null) {
                body.add(new Paragraph(slot.description()));
            }
            list.add(new ListItem(time, body));
        }
        add(list);
    }
}
