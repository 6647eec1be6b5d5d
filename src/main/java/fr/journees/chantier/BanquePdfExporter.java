package fr.journees.chantier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The banque de projets as a PDF: counts per colour per workshop, then every sheet. HTML from a
 * Thymeleaf template (XML mode, so user text is escaped), rendered with DejaVu Sans embedded.
 */
@Component
public class BanquePdfExporter {

    static final String FONT = "DejaVu Sans";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public BanquePdfExporter(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("fr/journees/chantier/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    public byte[] pdf(Banque banque, Locale locale) {
        var context = new Context(locale);
        context.setVariable("banque", banque);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(banque.eventDate()));
        context.setVariable("feasibilities", Feasibility.values());
        var lines = new HashMap<Long, List<Line>>();
        banque.workshops().forEach(w -> w.sheets().forEach(s -> lines.put(s.id(), SheetFields.TEXTS.stream()
                .filter(f -> f.value().apply(s.content()) != null)
                .map(f -> new Line("chantier.field." + f.key(), f.value().apply(s.content())))
                .toList())));
        context.setVariable("lines", lines);
        var html = engine.process("banque", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            var bytes = out.toByteArray();
            if (bytes.length == 0) {
                throw new IllegalStateException("The banque de projets PDF came out empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A written field of a sheet as the template shows it. */
    public record Line(String labelKey, String value) {
    }

    private static java.io.InputStream font(String file) {
        var in = BanquePdfExporter.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " missing from the classpath");
        }
        return in;
    }
}
