package fr.journees.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

/** A badge prints the whole title of the day beside its QR code, and the atelier of its holder. */
class BadgesShowTheDayAndTheAtelierTest {

    static final float MM = 72f / 25.4f;
    static final String TITLE = "Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne";
    final SheetsExporter exporter = new SheetsExporter(new PdfRenderer(TestMessages.of("messages", "i18n/outputs")));
    final SheetHeader header = new SheetHeader(TITLE, "3 octobre 2024", "Toute la journée", null);

    @Test
    void the_long_title_of_the_day_is_printed_whole_and_never_behind_the_qr_code() throws IOException {
        var pdf = exporter.badges(header, List.of(
                attendee(1, "Léa", "Etchegaray", "Collectif Social Web", "Parcours vert", "#2e9e5b",
                        "Éducation aux médias pour les enfants et les jeunes"),
                attendee(2, "Marc", "Durruty", "GIP DSU de Bayonne et du Pays Basque", "Parcours rose", "#d6478f",
                        null)), code -> code, Locale.FRENCH);
        Files.write(Path.of("target", "badges-title-atelier.pdf"), pdf);

        try (var document = Loader.loadPDF(pdf)) {
            var badge = flat(text(document, 11f, 12f, 93f, 62f));
            assertThat(badge).contains(TITLE.replace(" ", ""));
            // The QR code of the first badge stands in its bottom right corner: no letter of the title in there.
            var underTheQrCode = text(document, 11f + 71f, 12f + 38f, 21f, 22f);
            assertThat(underTheQrCode.replaceAll("[\\sA-Z0-9-]", "")).isEmpty();
        }
    }

    @Test
    void a_badge_shows_the_atelier_of_its_holder_and_none_when_there_is_none() throws IOException {
        var pdf = exporter.badges(header, List.of(
                attendee(1, "Léa", "Etchegaray", "Collectif Social Web", "Parcours vert", "#2e9e5b",
                        "Éducation aux médias pour les enfants et les jeunes"),
                attendee(2, "Marc", "Durruty", "GIP DSU", "Parcours rose", "#d6478f", null)), null, Locale.FRENCH);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(flat(text(document, 11f, 12f, 93f, 62f)))
                    .contains("Atelier:Éducationauxmédiaspourlesenfantsetlesjeunes");
            assertThat(flat(text(document, 106f, 12f, 93f, 62f))).contains("Durruty").doesNotContain("Atelier");
        }
    }

    @Test
    void the_band_of_a_badge_without_itinerary_gives_the_date_rather_than_a_cut_title() throws IOException {
        var pdf = exporter.badges(header, List.of(attendee(1, "Léa", "Etchegaray", null, null, null, null)), null,
                Locale.FRENCH);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(text(document, 11f, 12f, 93f, 9f).strip()).isEqualTo("3 octobre 2024");
        }
    }

    @Test
    void hostile_text_on_a_badge_prints_as_text() throws IOException {
        var hostile = "<b>gras</b> & <script>x</script>";
        var pdf = exporter.badges(new SheetHeader(hostile, "3 octobre 2024", hostile, null),
                List.of(attendee(1, hostile, hostile, hostile, hostile, "#2e9e5b", hostile)), null, Locale.FRENCH);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(flat(new PDFTextStripper().getText(document))).contains("<b>gras</b>&<script>x</script>",
                    "Atelier:<b>gras</b>");
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Attendee attendee(long id, String first, String last, String organisation, String itinerary,
                             String colour, String workshop) {
        var values = new HashMap<String, Object>();
        values.put("id", id);
        values.put("firstName", first);
        values.put("lastName", last);
        values.put("organisation", organisation);
        values.put("checkinCode", "K7QF3M9" + id);
        values.put("itinerary", itinerary);
        values.put("colour", colour);
        values.put("workshop", workshop);
        return Records.of(Attendee.class, values);
    }

    static String text(PDDocument document, float leftMm, float topMm, float widthMm, float heightMm)
            throws IOException {
        var stripper = new PDFTextStripperByArea();
        stripper.addRegion("r", new Rectangle2D.Float(leftMm * MM, topMm * MM, widthMm * MM, heightMm * MM));
        stripper.extractRegions(document.getPage(0));
        return stripper.getTextForRegion("r");
    }
}
