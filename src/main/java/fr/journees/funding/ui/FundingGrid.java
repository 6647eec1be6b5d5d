package fr.journees.funding.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.journees.funding.Amounts;
import fr.journees.funding.FundingTable;

/**
 * The funding table: financier, partner, programme line, computed rate, amount; the total in the
 * footer. An event has a handful of funders, so the table is shown whole rather than paged.
 */
class FundingGrid extends Grid<FundingTable.Row> {

    private final Locale locale;
    private final FooterRow footer;
    private final Column<FundingTable.Row> rate;
    private final Column<FundingTable.Row> amount;

    FundingGrid(Locale locale, Consumer<FundingTable.Row> onOpen) {
        this.locale = locale;
        setId("funding-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        var category = addColumn(row -> row.line().selfFinancing() ? getTranslation("funding.self")
                : getTranslation(row.line().category().labelKey()))
                .setHeader(getTranslation("funding.column.category")).setAutoWidth(true);
        addColumn(this::partner).setHeader(getTranslation("funding.column.partner")).setFlexGrow(2);
        addColumn(row -> row.line().programmeLabel()).setHeader(getTranslation("funding.column.programme"))
                .setFlexGrow(1);
        rate = addComponentColumn(this::rate).setHeader(getTranslation("funding.column.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        amount = addColumn(row -> Amounts.euros(row.line().amount(), locale))
                .setHeader(getTranslation("funding.column.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        footer = appendFooterRow();
        footer.getCell(category).setText(getTranslation("funding.total"));
        addItemClickListener(e -> onOpen.accept(e.getItem()));
    }

    void show(FundingTable table) {
        setItems(table.rows());
        footer.getCell(rate).setText(table.rows().isEmpty() ? "" : Amounts.percent(table.rateTotal(), locale));
        footer.getCell(amount).setText(Amounts.euros(table.total(), locale));
    }

    private String partner(FundingTable.Row row) {
        var line = row.line();
        if (line.organisationName() == null || line.organisationName().equals(line.name())) {
            return line.name();
        }
        return line.name() + " (" + line.organisationName() + ")";
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
