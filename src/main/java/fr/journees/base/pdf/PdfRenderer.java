package fr.journees.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Turns an XHTML Thymeleaf template kept next to its feature (a class-path path such as
 * {@code fr/journees/livret/livret.xhtml}) into PDF bytes, with DejaVu Sans embedded so that accents,
 * œ and € print everywhere, and Symbola behind it for emoji and symbols. Everything a user typed reaches the page through th:text, hence escaped.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Sans";

    /** Characters XML 1.0 cannot carry: a user's stray control character must not break the document. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final SpringTemplateEngine templates;
    private final MeterRegistry meters;

    /** Without metrics: for exporters' unit tests. */
    public PdfRenderer(MessageSource messages) {
        this(messages, new SimpleMeterRegistry());
    }

    @Autowired
    public PdfRenderer(MessageSource messages, MeterRegistry meters) {
        this.meters = meters;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    /** The XHTML the template makes of these variables (for tests and previews). */
    public String xhtml(String template, Map<String, Object> variables, Locale locale) {
        var xhtml = templates.process(template, new Context(locale, variables));
        return NOT_XML.matcher(xhtml).replaceAll("");
    }

    /** The PDF; its time (template and layout) is measured per document as journees_pdf_render_seconds. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        var started = Timer.start(meters);
        try {
            return pdf(template, variables, locale);
        } finally {
            started.stop(Timer.builder("journees.pdf.render").description("Time to make a PDF document")
                    .tag("document", document(template)).register(meters));
        }
    }

    /** The template's file name without its folder and extension: a handful of fixed names. */
    static String document(String template) {
        var name = template.substring(template.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private byte[] pdf(String template, Map<String, Object> variables, Locale locale) {
        var xhtml = xhtml(template, variables, locale);
        try (var out = new ByteArrayOutputStream(256 * 1024)) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            // Whatever DejaVu lacks (emoji, many symbols) comes from Symbola rather than printing as '#'.
            builder.useFont(() -> stream("Symbola.ttf"), "Symbola", 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            builder.withHtmlContent(xhtml, PdfRenderer.class.getResource("/fonts/").toExternalForm());
            builder.toStream(out);
            builder.run();
            var bytes = out.toByteArray();
            if (bytes.length == 0) {
                throw new IllegalStateException("The PDF renderer produced nothing for " + template);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> stream(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream stream(String file) {
        var stream = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (stream == null) {
            throw new IllegalStateException("Missing font " + file);
        }
        return stream;
    }
}
