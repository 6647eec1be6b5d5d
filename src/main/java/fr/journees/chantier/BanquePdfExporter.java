package fr.journees.chantier;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.journees.base.pdf.PdfRenderer;

/**
 * The banque de projets as a PDF: counts per colour per workshop, then every sheet. Through
 * {@link PdfRenderer} like every PDF, so a control character pasted into a sheet cannot break it.
 */
@Component
public class BanquePdfExporter {

    static final String TEMPLATE = "fr/journees/chantier/banque.html";

    private final PdfRenderer renderer;

    public BanquePdfExporter(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] pdf(Banque banque, Locale locale) {
        var lines = new HashMap<Long, List<Line>>();
        banque.workshops().forEach(w -> w.sheets().forEach(s -> lines.put(s.id(), SheetFields.TEXTS.stream()
                .filter(f -> f.value().apply(s.content()) != null)
                .map(f -> new Line("chantier.field." + f.key(), f.value().apply(s.content())))
                .toList())));
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(banque.eventDate());
        return renderer.render(TEMPLATE, Map.of("banque", banque, "lang", locale.getLanguage(), "date", date,
                "feasibilities", Feasibility.values(), "lines", lines), locale);
    }

    /** A written field of a sheet as the template shows it. */
    public record Line(String labelKey, String value) {
    }
}
