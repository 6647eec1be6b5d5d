package fr.journees.event.ui;

import java.util.Optional;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import fr.journees.event.EventTextDraft;
import fr.journees.event.EventTextView;
import fr.journees.event.TextSection;

/** A text of the booklet: its section, title, author line ("par …") and body. */
class TextForm extends FormLayout {

    static final class Values {
        TextSection section = TextSection.INTRODUCTION;
        String title = "";
        String author = "";
        String body = "";
    }

    final Select<TextSection> section = new Select<>();
    final TextField title = new TextField();
    final TextField author = new TextField();
    final TextArea body = new TextArea();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    TextForm() {
        setId("text-form");
        section.setId("text-section");
        section.setLabel(getTranslation("text.section"));
        section.setItems(TextSection.values());
        section.setItemLabelGenerator(s -> getTranslation("text.section." + s.name()));
        title.setId("text-title");
        title.setLabel(getTranslation("text.title"));
        title.setMaxLength(300);
        author.setId("text-author");
        author.setLabel(getTranslation("text.author"));
        author.setHelperText(getTranslation("text.author.help"));
        author.setMaxLength(500);
        body.setId("text-body");
        body.setLabel(getTranslation("text.body"));
        body.setHelperText(getTranslation("text.body.help"));
        body.setMinHeight("16em");
        add(section, title, author, body);
        setColspan(title, 2);
        setColspan(author, 2);
        setColspan(body, 2);
        binder.forField(section).asRequired().bind(v -> v.section, (v, x) -> v.section = x);
        binder.forField(title).asRequired(getTranslation("text.error.title")).bind(v -> v.title, (v, x) -> v.title = x);
        binder.forField(author).bind(v -> v.author, (v, x) -> v.author = x);
        binder.forField(body).asRequired(getTranslation("text.error.body")).bind(v -> v.body, (v, x) -> v.body = x);
    }

    void edit(EventTextView text) {
        if (text != null) {
            values.section = text.section();
            values.title = text.title();
            values.author = text.authorLine() == null ? "" : text.authorLine();
            values.body = text.body();
        }
        binder.readBean(values);
    }

    Optional<EventTextDraft> draft() {
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        var authorLine = values.author == null || values.author.isBlank() ? null : values.author.strip();
        return Optional.of(new EventTextDraft(values.section, values.title.strip(), authorLine, values.body));
    }
}
