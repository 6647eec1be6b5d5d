package fr.journees.funding.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.journees.funding.Amounts;
import fr.journees.funding.FundingTable;

/**
 * The funding table: who (financier category, partner, programme line, in one cell so that a phone
 * shows it too), the computed rate and the amount; the total in the footer. An event has a handful
 * of funders, so the table is shown whole rather than paged.
 */
class FundingGrid extends Grid<FundingTable.Row> {

    private final Locale locale;
    private final FooterRow footer;
    private final Column<FundingTable.Row> rate;
    private final Column<FundingTable.Row> amount;

    FundingGrid(Locale locale, Consumer<FundingTable.Row> onOpen) {
        this.locale = locale;
        setId("funding-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        var who = addComponentColumn(this::who).setKey("who")
                .setHeader(getTranslation("funding.column.category") + " · " + getTranslation("funding.column.partner"))
                .setFlexGrow(1);
        rate = addComponentColumn(this::rate).setKey("rate").setHeader(getTranslation("funding.column.rate"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5em").setFlexGrow(0);
        amount = addColumn(row -> Amounts.euros(row.line().amount(), locale)).setKey("amount")
                .setHeader(getTranslation("funding.column.amount")).setTextAlign(ColumnTextAlign.END)
                .setWidth("9.5em").setFlexGrow(0);
        footer = appendFooterRow();
        footer.getCell(who).setText(getTranslation("funding.total"));
        addItemClickListener(e -> onOpen.accept(e.getItem()));
    }

    void show(FundingTable table) {
        setItems(table.rows());
        footer.getCell(rate).setText(table.rows().isEmpty() ? "" : Amounts.percent(table.rateTotal(), locale));
        footer.getCell(amount).setText(Amounts.euros(table.total(), locale));
    }

    private Div who(FundingTable.Row row) {
        var line = row.line();
        var cell = new Div();
        cell.addClassName("funder-cell");
        if (line.selfFinancing()) {
            cell.add(new Span(getTranslation("funding.self")));
            return cell;
        }
        var category = new Span(getTranslation(line.category().labelKey()));
        category.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                .set("color", "var(--lumo-secondary-text-color)").set("display", "block");
        var name = new Span(line.name());
        name.getStyle().set("display", "block");
        cell.add(category, name);
        var details = line.organisationName() == null || line.organisationName().equals(line.name())
                ? line.programmeLabel()
                : line.programmeLabel() == null ? line.organisationName()
                : line.programmeLabel() + " · " + line.organisationName();
        if (details != null) {
            var detail = new Span(details);
            detail.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)").set("display", "block");
            cell.add(detail);
        }
        return cell;
    }

    private Span rate(FundingTable.Row row) {
        var text = new Span(Amounts.percent(row.rate(), locale));
        if (row.typedRateDisagrees()) {
            var icon = VaadinIcon.WARNING.create();
            icon.setSize("var(--lumo-icon-size-s)");
            icon.getStyle().set("color", "var(--lumo-warning-text-color, #8a5300)");
            icon.getElement().setAttribute("title", getTranslation("funding.disagrees.short",
                    Amounts.percent(row.line().typedRate(), locale)));
            var span = new Span(icon, text);
            span.addClassName("rate-disagrees");
            return span;
        }
        return text;
    }
}
