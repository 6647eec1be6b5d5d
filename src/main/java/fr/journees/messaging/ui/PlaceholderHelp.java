package fr.journees.messaging.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.journees.messaging.Placeholders;

/** The words in braces a message may hold, each with what it becomes. */
class PlaceholderHelp extends Details {

    PlaceholderHelp(String id) {
        var list = new UnorderedList();
        list.getStyle().set("columns", "2 16em").set("margin", "0");
        for (var name : Placeholders.NAMES) {
            var code = new Span("{" + name + "}");
            code.getStyle().set("font-family", "monospace").set("font-weight", "600");
            list.add(new ListItem(code, new Span(" " + getTranslation("messaging.placeholder." + Placeholders.key(name)))));
        }
        setSummaryText(getTranslation("messaging.placeholders"));
        add(list);
        setId(id);
        setOpened(true);
    }
}
