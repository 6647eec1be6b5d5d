package fr.journees.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.journees.base.pdf.PdfRenderer;

/** The funders' report as a PDF: a Thymeleaf template next to this class, through the one PDF renderer. */
@Component
class BilanPdfExporter {

    static final String TEMPLATE = "fr/journees/report/bilan.xhtml";

    private final PdfRenderer renderer;
    private final MessageSource messages;

    BilanPdfExporter(PdfRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    byte[] pdf(Bilan bilan, Locale locale) {
        return renderer.render(TEMPLATE, variables(bilan, locale), locale);
    }

    String xhtml(Bilan bilan, Locale locale) {
        return renderer.xhtml(TEMPLATE, variables(bilan, locale), locale);
    }

    private Map<String, Object> variables(Bilan bilan, Locale locale) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        return Map.of("bilan", bilan,
                "date", date.format(bilan.day().date()),
                "funding", FundingRows.of(bilan.funding(), messages, locale),
                "tables", List.of(
                        new CountTable("report.by.itinerary", bilan.byItinerary()),
                        new CountTable("report.by.workshop", bilan.byWorkshop()),
                        new CountTable("report.by.structureKind", bilan.byStructureKind()),
                        new CountTable("report.by.territory", bilan.byTerritory())));
    }

    /** A titled count table of the report. */
    record CountTable(String titleKey, List<Bilan.Line> lines) {
    }
}
