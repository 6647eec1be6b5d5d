package fr.journees.apiaccess.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.base.ui.Confirm;
import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.apiaccess.ApiKeyService;
import fr.journees.apiaccess.ApiKeyView;
import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventListFilter;
import fr.journees.event.EventService;
import fr.journees.security.AccountService;

/** The organisers' API keys: every key ever made (revoked ones greyed), a new one, revoking one. */
class ApiKeysSection extends VerticalLayout {

    private final ApiKeyService keys;
    private final EventService events;
    private final AccountService accounts;
    private final String me;
    private final Grid<ApiKeyView> grid = new Grid<>();
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;

    ApiKeysSection(ApiKeyService keys, EventService events, AccountService accounts, String me) {
        this.keys = keys;
        this.events = events;
        this.accounts = accounts;
        this.me = me;
        setId("api-keys");
        setPadding(false);
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        var create = new Button(getTranslation("api.key.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.setId("api-key-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("api-keys-grid");
        // Names and event titles are long: they wrap rather than end in an ellipsis.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiKeyView::name).setHeader(getTranslation("api.key.name")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(k -> k.prefix() + "…").setHeader(getTranslation("api.key.prefix")).setAutoWidth(true);
        grid.addColumn(k -> k.eventId() == null ? getTranslation("api.key.scope.all") : k.eventTitle())
                .setHeader(getTranslation("api.key.scope")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(k -> getTranslation("api.key.createdByOn", k.createdBy() == null ? "—" : k.createdBy(),
                format(k.createdAt()))).setHeader(getTranslation("api.key.creation")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(k -> k.lastUsedAt() == null ? getTranslation("api.key.never") : format(k.lastUsedAt()))
                .setHeader(getTranslation("api.key.lastUsed")).setAutoWidth(true);
        grid.addColumn(k -> k.active() ? getTranslation("api.key.active")
                        : getTranslation("api.key.revokedOn", format(k.revokedAt())))
                .setHeader(getTranslation("api.key.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(k -> k.active() ? null : "revoked");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("api.keys.title")), new Paragraph(getTranslation("api.keys.intro")), create, grid);
        refresh();
    }

    private Button actions(ApiKeyView key) {
        var revoke = new Button(getTranslation("api.key.revoke"), e -> confirmRevoke(key));
        revoke.setId("api-key-revoke-" + key.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(key.active());
        return revoke;
    }

    private void openNew() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api.key.new"));
        dialog.setId("api-key-dialog");
        dialog.setWidth("32rem");
        var form = new ApiKeyForm((filter, offset, limit) -> events.page(EventListFilter.ALL, filter, offset, limit)
                .stream().map(e -> new Choice(e.id(), e.title() + " (" + day.format(e.date()) + ")")).toList(),
                filter -> events.count(EventListFilter.ALL, filter));
        form.addCreateListener(e -> {
            dialog.close();
            create(e.draft());
        });
        form.addCloseListener(e -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private void create(ApiKeyDraft draft) {
        long accountId = accounts.idOf(me).orElseThrow(() -> new IllegalStateException("No account for " + me));
        var created = keys.create(draft, accountId);
        refresh();
        Notifications.success(getTranslation("api.key.created", draft.name().strip()));
        new ApiKeySecretDialog(draft.name().strip(), created).open();
    }

    private void confirmRevoke(ApiKeyView key) {
        Confirm.action("api-key-revoke-confirm", getTranslation("api.key.revoke.title", key.name()),
                getTranslation("api.key.revoke.text"), getTranslation("api.key.revoke"), () -> revoke(key));
    }

    private void revoke(ApiKeyView key) {
        keys.revoke(key.id());
        refresh();
        Notifications.success(getTranslation("api.key.revoked", key.name()));
    }

    /** Keys are few (one per partner or tool), so the grid holds them all. */
    private void refresh() {
        grid.setItems(keys.all());
    }

    private String format(LocalDateTime time) {
        return when.format(time);
    }
}
