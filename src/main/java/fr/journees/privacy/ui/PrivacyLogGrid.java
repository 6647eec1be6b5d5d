package fr.journees.privacy.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import fr.journees.privacy.PrivacyLogEntry;
import fr.journees.privacy.PrivacyService;

/** The whole log of personal-data actions, newest first, paged from the database as it scrolls. */
class PrivacyLogGrid extends Grid<PrivacyLogEntry> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    PrivacyLogGrid(PrivacyService privacy) {
        setId("privacy-log-all");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> AT.format(e.at())).setHeader(getTranslation("privacy.log.at")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> getTranslation("privacy.action." + e.action().name()))
                .setHeader(getTranslation("privacy.log.action")).setAutoWidth(true).setFlexGrow(0);
        addColumn(PrivacyLogEntry::actor).setHeader(getTranslation("privacy.log.actor")).setFlexGrow(1);
        addColumn(PrivacyLogEntry::registrations).setHeader(getTranslation("privacy.log.registrations"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(PrivacyLogEntry::mails).setHeader(getTranslation("privacy.log.mails")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(PrivacyLogEntry::fiches).setHeader(getTranslation("privacy.log.fiches")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("privacy.log.reason"))
                .setFlexGrow(2);
        setItems(query -> privacy.logPage(query.getOffset(), query.getLimit()).stream(), query -> privacy.logCount());
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
