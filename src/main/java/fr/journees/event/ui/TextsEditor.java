package fr.journees.event.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.FormDialog;
import fr.journees.event.EventContentService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.EventTextView;

/** The booklet's texts in order: introduction, signed texts, presentations, closing words. */
class TextsEditor extends VerticalLayout {

    private final EventHeader event;
    private final EventService events;
    private final EventContentService content;
    private final Div list = new Div();

    TextsEditor(EventHeader event, EventService events, EventContentService content) {
        this.event = event;
        this.events = events;
        this.content = content;
        setId("texts");
        setPadding(false);
        if (event.editable()) {
            var add = new Button(getTranslation("text.add"), e -> edit(null));
            add.setId("add-text");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        list.setWidthFull();
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var texts = events.texts(event.id());
        if (texts.isEmpty()) {
            list.add(new Paragraph(getTranslation("text.none")));
        }
        for (var text : texts) {
            list.add(card(text, texts));
        }
    }

    private Div card(EventTextView text, List<EventTextView> all) {
        var section = new Span(getTranslation("text.section." + text.section().name()));
        section.getElement().getThemeList().add("badge contrast");
        var card = new Div(section, new H3(text.title()));
        card.setId("text-" + text.id());
        card.addClassName("card");
        if (text.authorLine() != null) {
            var author = new Paragraph(text.authorLine());
            author.addClassName("author-line");
            card.add(author);
        }
        var excerpt = new Paragraph(text.body().length() > 280 ? text.body().substring(0, 280) + "…" : text.body());
        excerpt.addClassName("excerpt");
        card.add(excerpt);
        if (event.editable()) {
            card.add(actions(text, all.indexOf(text), all.size()));
        }
        return card;
    }

    private HorizontalLayout actions(EventTextView text, int index, int count) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> attempt(() -> content.moveText(text.id(), index - 1)));
        up.setId("text-up-" + text.id());
        up.setAriaLabel(getTranslation("text.moveUp") + " — " + text.title());
        up.setEnabled(index > 0);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(),
                e -> attempt(() -> content.moveText(text.id(), index + 1)));
        down.setId("text-down-" + text.id());
        down.setAriaLabel(getTranslation("text.moveDown") + " — " + text.title());
        down.setEnabled(index < count - 1);
        var edit = new Button(getTranslation("action.edit"), e -> edit(text));
        edit.setId("text-edit-" + text.id());
        var delete = new Button(getTranslation("action.delete"), e -> confirmDelete(text));
        delete.setId("text-delete-" + text.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(up, down, edit, delete);
    }

    private void edit(EventTextView text) {
        var form = new TextForm();
        form.edit(text);
        var title = text == null ? getTranslation("text.add") : getTranslation("text.edit", text.title());
        var dialog = new FormDialog(title, form, () -> form.draft().map(draft -> attempt(() -> {
            if (text == null) {
                content.addTexts(event.id(), List.of(draft));
            } else {
                content.updateText(text.id(), text.version(), draft);
            }
        })).orElse(false));
        dialog.setWidth("min(56rem, 95vw)");
        dialog.open();
    }

    private void confirmDelete(EventTextView text) {
        Confirm.deletion(getTranslation("text.delete.title"), getTranslation("text.delete.text", text.title()),
                () -> attempt(() -> content.deleteText(text.id(), text.version())));
    }

    private boolean attempt(Runnable change) {
        return EventChanges.attempt(change, this::refresh);
    }
}
