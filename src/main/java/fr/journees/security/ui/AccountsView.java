package fr.journees.security.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.journees.security.AccountService;
import fr.journees.security.AccountSummary;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Organisers see who can log in, with which roles. */
@Route("comptes")
@Menu(order = 90, title = "menu.accounts", icon = "vaadin:users")
@RolesAllowed(Roles.ORGANISER)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    public AccountsView(AccountService accounts) {
        setId("accounts-view");
        var grid = new Grid<AccountSummary>();
        grid.setId("accounts-grid");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.name")).setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.email")).setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.state"));
        grid.addColumn(a -> a.lastLoginAt() == null ? "—" : when.format(a.lastLoginAt()))
                .setHeader(getTranslation("account.lastLogin"));
        grid.setItems(query -> accounts.page(query.getOffset(), query.getLimit()).stream(), query -> accounts.count());
        add(new H1(getTranslation("menu.accounts")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts") + " · " + getTranslation("app.name");
    }
}
