package fr.journees.chantier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.journees.base.pdf.PdfRenderer;
import fr.journees.support.TestMessages;

/** The banque de projets exporters, with hostile text: markup, emoji, very long text, a formula. */
class BanqueExportersTest {

    static final String MARKUP = "<b>gras</b> & <script>alert('x')</script>";
    static final String LONG = "Très long texte sans fin ".repeat(2000);

    final ResourceBundleMessageSource messages = TestMessages.of("messages", "i18n/chantier");

    @Test
    void the_pdf_lists_every_sheet_by_workshop_with_counts_and_escaped_text_and_embeds_its_fonts() throws Exception {
        var bytes = new BanquePdfExporter(new PdfRenderer(messages)).pdf(banque(), Locale.FRENCH);

        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Banque de projets", "Éducation aux médias", "Aller vers");
            assertThat(text).contains("Vert — très faisable", "Rouge — bloqué", "Groupe œuvre");
            assertThat(text).contains(MARKUP).as("markup shown as text");
            assertThat(text).contains("=SOMME(A1:A9)");
            var fonts = new ArrayList<Boolean>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).isEmbedded());
                }
            }
            assertThat(fonts).isNotEmpty().containsOnly(true);
        }
    }

    @Test
    void control_characters_pasted_into_a_sheet_do_not_break_the_pdf_and_the_text_around_them_stays() throws Exception {
        var pasted = new SheetContent("Groupe\u0000nul", "Texte\u000Bde Word", "saut\u000Cde page\uFFFE",
                "échappe\u001B[31m", "demi\uD800surrogate", null, null, null, null, null, Feasibility.ORANGE, true,
                "Léa\u0007");
        var banque = new Banque("Visite\u0000", LocalDate.of(2024, 10, 3), List.of(new BanqueWorkshop(1,
                "Atelier\u000B1", List.of(new ChantierSheet(21, 1, 0, pasted, "Léa", LocalDateTime.now())))));

        var bytes = new BanquePdfExporter(new PdfRenderer(messages)).pdf(banque, Locale.FRENCH);

        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Groupenul", "Textede Word", "sautde page", "échappe[31m", "demisurrogate",
                    "Atelier1");
        }
    }

    @Test
    void the_spreadsheet_counts_colours_per_workshop_and_neutralises_formulas() throws Exception {
        var bytes = new BanqueXlsxExporter(messages).xlsx(banque(), Locale.FRENCH);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var sheets = workbook.getSheets().toList();
            List<Row> counts = sheets.get(0).read();
            assertThat(cells(counts.get(0))).containsExactly("Atelier", "Vert — très faisable",
                    "Orange — à travailler", "Rouge — bloqué", "Blanc — on ne sait pas");
            assertThat(cells(counts.get(1))).containsExactly("Éducation aux médias", "1", "0", "1", "0");
            assertThat(cells(counts.get(2))).containsExactly("Aller vers", "0", "0", "0", "1");
            assertThat(cells(counts.get(3))).containsExactly("Total", "1", "0", "1", "1");

            List<Row> lines = sheets.get(1).read();
            assertThat(lines).hasSize(4);
            var all = lines.stream().flatMap(r -> cells(r).stream()).toList();
            assertThat(all).contains("'=SOMME(A1:A9)", MARKUP, "Groupe œuvre 🌱");
            assertThat(all).noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@"));
            assertThat(all).anyMatch(c -> c.startsWith("Très long") && c.length() > 30_000);
        }
    }

    private static List<String> cells(Row row) {
        var list = new ArrayList<String>();
        row.forEach(c -> list.add(c == null ? "" : c.getText()));
        return list;
    }

    static Banque banque() {
        var hostile = new SheetContent("Groupe œuvre 🌱", MARKUP, "=SOMME(A1:A9)", LONG, "+33 6 00", "@moi",
                "-moins", null, null, null, Feasibility.GREEN, true, "Léa 😀");
        var red = new SheetContent("Groupe 2", null, "Chantier bloqué", "Rien", null, null, null, null, null, null,
                Feasibility.RED, false, null);
        var unknown = SheetContent.empty("Groupe 3");
        var now = LocalDateTime.of(2024, 10, 3, 15, 0);
        return new Banque("Visite <Bayonne>", LocalDate.of(2024, 10, 3), List.of(
                new BanqueWorkshop(1, "Éducation aux médias", List.of(
                        new ChantierSheet(11, 1, 2, hostile, "Léa", now),
                        new ChantierSheet(12, 1, 1, red, "Marc", now))),
                new BanqueWorkshop(2, "Aller vers", List.of(new ChantierSheet(13, 2, 0, unknown, null, now)))));
    }
}
