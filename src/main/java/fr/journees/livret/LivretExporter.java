package fr.journees.livret;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.journees.base.pdf.PdfRenderer;

/** The booklet's PDF: a pure function of its record, the paper format and the reader's language. */
@Component
public class LivretExporter {

    static final String TEMPLATE = "fr/journees/livret/livret.xhtml";

    private final PdfRenderer renderer;

    LivretExporter(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] export(Livret livret, PageFormat format, Locale locale) {
        return renderer.render(TEMPLATE, variables(livret, format), locale);
    }

    String xhtml(Livret livret, PageFormat format, Locale locale) {
        return renderer.xhtml(TEMPLATE, variables(livret, format), locale);
    }

    private static Map<String, Object> variables(Livret livret, PageFormat format) {
        return Map.of("l", livret, "pageSize", format.name(), "small", format == PageFormat.A5);
    }
}
