package fr.journees.security.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.security.AccountService;
import fr.journees.security.AccountSummary;
import fr.journees.security.LoginThrottle;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Organisers see who can log in, with which roles, and manage those accounts. */
@Route("comptes")
@Menu(order = 90, title = "menu.accounts", icon = "vaadin:users")
@RolesAllowed(Roles.ORGANISER)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AccountSummary> grid = new Grid<>();

    private final LoginThrottle throttle;

    public AccountsView(AccountService accounts, LoginThrottle throttle, AuthenticationContext authentication) {
        this.throttle = throttle;
        setId("accounts-view");
        var editor = new AccountEditor(accounts, throttle, authentication.getPrincipalName().orElse(""),
                () -> grid.getDataProvider().refreshAll());
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.deselectAll();
            }
        });
        var create = new Button(getTranslation("account.new"), VaadinIcon.PLUS.create(), e -> editor.create());
        create.setId("account-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.name")).setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.email")).setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
        grid.addColumn(this::state).setHeader(getTranslation("account.state"));
        grid.addColumn(a -> a.lastLoginAt() == null ? "—" : when.format(a.lastLoginAt()))
                .setHeader(getTranslation("account.lastLogin"));
        grid.setItems(query -> accounts.page(query.getOffset(), query.getLimit()).stream(), query -> accounts.count());
        // Selecting a row (click, or Space on the focused row) opens it; fresh from the database.
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                accounts.summary(e.getValue().id()).ifPresent(editor::edit);
            }
        });
        grid.addClassName("clickable-rows");
        add(new H1(getTranslation("menu.accounts")), new Paragraph(getTranslation("account.intro")), create, grid);
        setSizeFull();
    }

    private String state(AccountSummary account) {
        if (account.anonymised()) {
            return getTranslation("account.anonymised");
        }
        if (!account.enabled()) {
            return getTranslation("account.disabled");
        }
        if (throttle.lockedUntil(account.email()).isPresent()) {
            return getTranslation("account.locked");
        }
        return getTranslation(account.mustChangePassword() ? "account.enabledProvisional" : "account.enabled");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts") + " · " + getTranslation("app.name");
    }
}
