package fr.journees.event.ui;

import java.util.Optional;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.EventTextDraft;
import fr.journees.event.EventTextView;
import fr.journees.event.TextSection;

/** A text of the booklet: its section, title, author line ("par …") and body; the rules are EventTextDraft's. */
class TextForm extends FormLayout {

    final Select<TextSection> section = new Select<>();
    final TextField title = new TextField();
    final TextField author = new TextField();
    final TextArea body = new TextArea();
    private final DraftBinder<EventTextDraft> binder = new DraftBinder<>(EventTextDraft.class, this);

    TextForm() {
        setId("text-form");
        section.setId("text-section");
        section.setLabel(getTranslation("text.section"));
        section.setItems(TextSection.values());
        section.setItemLabelGenerator(s -> getTranslation("text.section." + s.name()));
        title.setId("text-title");
        title.setLabel(getTranslation("text.title"));
        author.setId("text-author");
        author.setLabel(getTranslation("text.author"));
        author.setHelperText(getTranslation("text.author.help"));
        body.setId("text-body");
        body.setLabel(getTranslation("text.body"));
        body.setHelperText(getTranslation("text.body.help"));
        body.setMinHeight("16em");
        add(section, title, author, body);
        setColspan(title, 2);
        setColspan(author, 2);
        setColspan(body, 2);
        binder.forField(section).bind("section");
        text(title, "title");
        text(author, "authorLine");
        // The body keeps its own spacing (paragraphs, indents): only a blank body is nothing.
        binder.forField(body).withConverter(value -> value.isBlank() ? null : value, value -> value == null ? "" : value)
                .bind("body");
    }

    private void text(HasValue<?, String> field, String property) {
        binder.forField(field).withConverter(String::strip, value -> value).withNullRepresentation("")
                .bind(property);
    }

    void edit(EventTextView text) {
        binder.readRecord(text == null ? new EventTextDraft(TextSection.INTRODUCTION, null, null, null)
                : new EventTextDraft(text.section(), text.title(), text.authorLine(), text.body()));
    }

    Optional<EventTextDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
    }
}
