package fr.journees.base.ui;

import java.util.List;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.combobox.ComboBoxBase;

/** Fills a combo box page by page from the database, filtered by what the user types. */
public final class LazyChoices {

    /** Fetches one page of choices matching a filter (null or blank: all). */
    @FunctionalInterface
    public interface Page {
        List<Choice> fetch(String filter, int offset, int limit);
    }

    private LazyChoices() {
    }

    public static void bind(ComboBoxBase<?, Choice, ?> combo, Page page, ToIntFunction<String> count) {
        combo.setItems(query -> page.fetch(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                        .stream(),
                query -> count.applyAsInt(query.getFilter().orElse(null)));
        combo.setItemLabelGenerator(Choice::label);
    }
}
