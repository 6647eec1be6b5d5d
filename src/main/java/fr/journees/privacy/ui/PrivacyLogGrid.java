package fr.journees.privacy.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import fr.journees.privacy.PrivacyLogEntry;
import fr.journees.privacy.PrivacyService;

/**
 * The log of personal-data actions, newest first: the whole log paged from the database as it scrolls,
 * or one day's lines. Narrow enough for a 1024 px screen beside the menu: the counts share one column.
 */
class PrivacyLogGrid extends Grid<PrivacyLogEntry> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Every action, lazily. */
    PrivacyLogGrid(PrivacyService privacy) {
        this("privacy-log-all");
        setItems(query -> privacy.logPage(query.getOffset(), query.getLimit()).stream(), query -> privacy.logCount());
    }

    /** A day's lines, a few hundred at most. */
    PrivacyLogGrid(List<PrivacyLogEntry> entries) {
        this("privacy-log");
        setItems(entries);
        setAllRowsVisible(true);
    }

    private PrivacyLogGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("privacy.log.empty"));
        addColumn(e -> AT.format(e.at())).setHeader(getTranslation("privacy.log.at")).setWidth("9.5rem")
                .setFlexGrow(0);
        addColumn(e -> getTranslation("privacy.action." + e.action().name()))
                .setHeader(getTranslation("privacy.log.action")).setWidth("9rem").setFlexGrow(2);
        addColumn(PrivacyLogEntry::actor).setHeader(getTranslation("privacy.log.actor")).setWidth("10rem")
                .setFlexGrow(1);
        addColumn(e -> getTranslation("privacy.log.countsValue", e.registrations(), e.mails(), e.fiches()))
                .setHeader(getTranslation("privacy.log.counts")).setWidth("9rem").setFlexGrow(0);
        addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("privacy.log.reason"))
                .setWidth("8rem").setFlexGrow(2);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
