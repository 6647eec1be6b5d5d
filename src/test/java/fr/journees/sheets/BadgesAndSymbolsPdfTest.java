package fr.journees.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

import fr.journees.base.pdf.PdfRenderer;
import fr.journees.support.Records;
import fr.journees.support.TestMessages;

/** Badges keep long names inside their box, and emoji print as emoji in every PDF, not as '#'. */
class BadgesAndSymbolsPdfTest {

    static final float MM = 72f / 25.4f;
    final SheetsExporter exporter = new SheetsExporter(new PdfRenderer(TestMessages.of("messages", "i18n/outputs")));
    final SheetHeader header = new SheetHeader("Visite de quartier", "3 octobre 2024", "Toute la journée", null);

    @Test
    void a_long_name_never_runs_over_the_footer_of_its_badge() throws IOException {
        var long1 = attendee(1, "Marie-Françoise-Bernadette-Alexandrine", "de La Tour d’Auvergne-Lauraguais "
                .repeat(3), "Communauté d’agglomération Pays Basque — direction de la cohésion sociale ".repeat(3),
                "Parcours vert", "#2e9e5b");
        var long2 = attendee(2, "X".repeat(120), "Y".repeat(200), "Z".repeat(300), null, null);
        var pdf = exporter.badges(header, List.of(long1, long2), t -> "https://journees.example/r/" + t,
                Locale.FRENCH);
        Files.write(Path.of("target", "badges-long-names.pdf"), pdf);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // The footer strip of each badge of the first row holds the day's title and nothing else.
            for (var left : List.of(11f, 106f)) {
                var footer = text(document, left, 67f, 60f, 6.5f);
                assertThat(footer.strip()).as("footer of the badge at %s mm", left).isEqualTo("Visite de quartier");
            }
        }
    }

    @Test
    void emoji_and_symbols_print_with_an_embedded_font_instead_of_a_hash() throws IOException {
        var attendee = attendee(1, "Léa 🌱", "Etchegaray ✅", "Tiers-lieu ☕ 🚲 ★", "Parcours 🟢", null);
        var pdf = exporter.signInSheet(header, List.of(attendee), Locale.FRENCH);
        Files.write(Path.of("target", "emargement-emoji.pdf"), pdf);

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("🌱", "✅", "☕", "🚲", "★");
            assertThat(text.lines().filter(l -> l.contains("Léa"))).singleElement().asString()
                    .doesNotContain("#", "?");
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("Symbola"));
        }
    }

    /** By component name: the attendee record grows as features print more on badges (check-in code…). */
    private static Attendee attendee(long id, String first, String last, String organisation, String itinerary,
                                     String colour) {
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id);
        values.put("firstName", first);
        values.put("lastName", last);
        values.put("organisation", organisation);
        values.put("token", "t" + id);
        values.put("checkinCode", "K7QF3M9" + id);
        values.put("itinerary", itinerary);
        values.put("colour", colour);
        return Records.of(Attendee.class, values);
    }

    private static String text(PDDocument document, float leftMm, float topMm, float widthMm, float heightMm)
            throws IOException {
        var stripper = new PDFTextStripperByArea();
        stripper.addRegion("r", new Rectangle2D.Float(leftMm * MM, topMm * MM, widthMm * MM, heightMm * MM));
        stripper.extractRegions(document.getPage(0));
        return stripper.getTextForRegion("r");
    }
}
