package fr.journees.livret;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.base.pdf.RichText;
import fr.journees.support.JourneesSpringTest;

/** The booklet of the demo Bayonne day, read back from the PDF. */
@JourneesSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivretPdfTest {

    static final float MM = 72f / 25.4f;

    @Autowired LivretService livrets;
    @Autowired LivretExporter exporter;
    @Autowired DSLContext dsl;

    byte[] pdf;
    String text;

    @BeforeAll
    void printTheBayonneBooklet() throws IOException {
        long eventId = dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024"))
                .fetchSingle(EVENT.ID);
        pdf = livrets.pdf(eventId, PageFormat.A4, Locale.FRENCH);
        text = text(pdf);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/livret-bayonne.txt"), text);
        java.nio.file.Files.write(java.nio.file.Path.of("target/livret-bayonne.pdf"), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // a line broken after a hyphen reads back as "Sainte-Croix- Mounédé"
            return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
        }
    }

    private int indexOf(String fragment) {
        int index = text.indexOf(fragment);
        assertThat(index).as("position of \"%s\"", fragment).isNotNegative();
        return index;
    }

    @Test
    void the_cover_gives_title_date_hours_venue_organisers_and_partners() {
        assertThat(text).contains("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne", "3 octobre 2024",
                "9h > 16h30", "Collège Albert Camus", "ORGANISÉE PAR", "Pays et Quartiers de Nouvelle-Aquitaine",
                "Hubikoop", "EN PARTENARIAT AVEC", "GIP DSU DE BAYONNE ET DU PAYS BASQUE", "LA FIBRE64");
    }

    @Test
    void every_section_comes_in_the_order_of_the_seed_booklet() {
        var order = List.of(
                indexOf("Visite du quartier Hauts"),
                indexOf("INTRODUCTION"),
                indexOf("par Arnaud LÉCHIT, chargé de mission Inclusion Numérique à la Fibre64."),
                indexOf("par Monsieur MILLET-BARBÉ, président du GIP DSU de Bayonne et du Pays Basque"),
                indexOf("PRÉSENTATION DU QUARTIER DES HAUTS DE SAINTE-CROIX-MOUNÉDÉ À BAYONNE"),
                indexOf("par l'équipe du GIP DSU de Bayonne et du Pays Basque"),
                indexOf("PROGRAMME"),
                indexOf("PLAN DES 2 PARCOURS"),
                indexOf("Le saviez-vous ?"),
                indexOf("ATELIERS THÉMATIQUES"),
                indexOf("ATELIER FICHE CHANTIER"),
                indexOf("RECUEIL D’INITIATIVES INSPIRANTES"),
                indexOf("NOTES"),
                indexOf("Merci de votre participation"));
        assertThat(order).isSorted();
    }

    @Test
    void the_programme_lists_every_slot_with_its_time() {
        assertThat(text).contains("9h Accueil café", "9h20 Mot d’accueil".replace('’', '\''), "Ateliers thématiques",
                "16h30 Fin de la journée");
    }

    @Test
    void each_stop_has_its_page_with_theme_speakers_description_and_facts() {
        assertThat(text).contains("Lieu de rendez-vous : Espace socio culturel municipal (ESCM) de Bayonne",
                "Le numérique comme levier de lutte contre l'isolement", "Yann Amice", "Bruno Pescrilli",
                "Virginie Sabourin", "Alexandre Proust", "Arnaud Léchit",
                "Nous accompagnons plus d'une vingtaine de personnes par jour",
                "Parcours vert", "Parcours rose");
    }

    @Test
    void the_plan_lists_both_itineraries_with_their_numbered_stops() {
        int plan = indexOf("PLAN DES 2 PARCOURS");
        assertThat(text.substring(plan)).contains("Lieu 1 : Collège Albert Camus", "Lieu 4 : Le Collectif Social Web", "Parcours rose");
    }

    @Test
    void workshops_chantier_grid_legend_recueil_notes_and_contacts_are_printed() {
        assertThat(text).contains("Atelier 1 : Éducation aux médias pour les enfants et les jeunes",
                "ENJEU", "ACTION(S)", "Faisabilité du chantier clé",
                "Vert : la faisabilité du chantier est très forte", "Orange", "Rouge : le chantier est bloqué",
                "Des ateliers d'éducation aux médias par une journaliste radio",
                "Nom du porteur : Médiathèque Lisa Bresner", "Agir sur :", "Territoire d’intervention :",
                "Contacts", "87 quai de Queyries", "contact@pqn-a.fr", "contact@hubikoop.fr");
    }

    @Test
    void every_page_but_the_cover_carries_the_booklet_header() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var onPage = stripper.getText(document);
                if (page == 1) {
                    assertThat(onPage.replaceAll("\\s+", " ")).as("cover").doesNotContain("LIVRET DE VOYAGE / PARCOURS");
                } else {
                    assertThat(onPage.replaceAll("\\s+", " ")).as("page %d", page)
                            .contains("LIVRET DE VOYAGE / PARCOURS DE VISITE");
                }
            }
        }
    }

    @Test
    void no_page_is_left_blank_but_for_its_header() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var body = stripper.getText(document).replaceAll("\\s+", " ")
                        .replace("LIVRET DE VOYAGE / PARCOURS DE VISITE", "")
                        .replace("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne", "")
                        .replaceAll("[0-9]+ / [0-9]+", "").strip();
                assertThat(body.length()).as("text of page %d", page).isGreaterThan(4);
            }
        }
    }

    @Test
    void the_chantier_grid_spans_the_landscape_page_and_ends_with_the_freins_to_clear() throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            int page = 0;
            while (document.getPage(page).getMediaBox().getWidth() < document.getPage(page).getMediaBox().getHeight()) {
                page++;
            }
            var width = document.getPage(page).getMediaBox().getWidth();
            var xs = new ArrayList<Float>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> xs.add(p.getXDirAdj() + p.getWidthDirAdj()));
                    super.writeString(string, positions);
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            var onPage = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(onPage).contains("LES FREINS À LEVER POUR LE DÉPLOIEMENT DU CHANTIER",
                    "GOUVERNANCES : QUI PILOTE ? QUI FAIT ? QUI DOIT ÊTRE ASSOCIÉ ?");
            assertThat(onPage.indexOf("LES FREINS À LEVER")).as("the last column")
                    .isGreaterThan(onPage.indexOf("LES RESSOURCES MOBILISABLES"));
            var rightmost = xs.stream().max(Float::compare).orElseThrow();
            assertThat(rightmost).as("the grid reaches the right margin, and not past it")
                    .isGreaterThan(width * 0.85f).isLessThan(width - 10 * MM);
        }
    }

    @Test
    void the_cover_shows_the_logo_chosen_in_the_documents_tab() throws IOException {
        var png = java.util.Base64.getEncoder().encodeToString(onePixelPng());
        var bayonne = livrets.livret(bayonneId(), Locale.FRENCH);
        var branded = new Livret(bayonne.cover(), bayonne.introduction(), bayonne.programme(), bayonne.plan(),
                bayonne.stops(), bayonne.workshopTexts(), bayonne.workshops(), bayonne.closing(), bayonne.contacts(),
                bayonne.accentColour(), "data:image/png;base64," + png);
        try (var document = Loader.loadPDF(exporter.export(branded, PageFormat.A4, Locale.FRENCH));
             var plain = Loader.loadPDF(pdf)) {
            assertThat(images(document.getPage(0))).as("with a logo").isEqualTo(images(plain.getPage(0)) + 1);
        }
    }

    private static int images(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        int count = 0;
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static byte[] onePixelPng() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long bayonneId() {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
    }

    @Test
    void every_font_is_embedded_and_pages_are_a4_and_numbered() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(15);
            for (var page : document.getPages()) {
                var box = page.getMediaBox();
                assertThat(Math.min(box.getWidth(), box.getHeight())).isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(text).contains("2 / " + document.getNumberOfPages()).doesNotContainPattern("(?<![0-9])1 / [0-9]");
            assertThat(document.getPages()).as("the fiche chantier grid is printed landscape")
                    .anyMatch(page -> page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
        }
    }

    @Test
    void the_a5_option_prints_on_a5_pages() throws IOException {
        long eventId = dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024"))
                .fetchSingle(EVENT.ID);
        var a5 = livrets.pdf(eventId, PageFormat.A5, Locale.FRENCH);
        java.nio.file.Files.write(java.nio.file.Path.of("target/livret-bayonne-a5.pdf"), a5);
        try (var document = Loader.loadPDF(a5)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void hostile_text_prints_inert_and_does_not_break_the_layout() throws IOException {
        var hostile = "<script>alert('x')</script> & <b>gras</b> \u0000 🎉 مرحبا بالعالم";
        var endless = "a".repeat(5_000);
        var blocks = RichText.parse(hostile + "\n\n" + endless + "\n\n" + "mot ".repeat(1_250));
        var livret = new Livret(
                new Livret.Cover(hostile, hostile, hostile, "1 janvier 2025", "9h > 17h", hostile, List.of(hostile),
                        List.of()),
                List.of(new Livret.Text(hostile, hostile, blocks)),
                List.of(new Livret.Slot("9h", hostile, blocks, hostile)),
                PlanDrawing.draw(List.of(new PlanDrawing.Itinerary(hostile, "#2e9e5b", List.of(
                        new PlanDrawing.Stop(1, hostile, new PlanDrawing.Point(43.5, -1.47)),
                        new PlanDrawing.Stop(2, hostile, new PlanDrawing.Point(43.51, -1.46)))))),
                List.of(new Livret.StopPage(1, hostile, hostile, List.of(new Livret.Badge(hostile, "#2e9e5b", 1)),
                        hostile, List.of(hostile), blocks, List.of(hostile, endless))),
                List.of(), List.of(new Livret.Workshop(1, hostile, blocks, blocks, hostile, List.of(
                        new Livret.Initiative(hostile, hostile, hostile, hostile, blocks)))),
                List.of(), List.of(new Livret.Contact(hostile, hostile, hostile, hostile, hostile, blocks)),
                LivretService.DEFAULT_ACCENT, null);

        var printed = exporter.export(livret, PageFormat.A4, Locale.FRENCH);

        var read = text(printed);
        assertThat(read.replace(" ", "")).contains("<script>alert('x')</script>&<b>gras</b>");
        assertThat(read.chars().filter(c -> c == 'a').count()).isGreaterThanOrEqualTo(5_000 * 4);
    }
}
