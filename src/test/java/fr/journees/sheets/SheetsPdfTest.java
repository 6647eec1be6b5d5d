package fr.journees.sheets;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.ItineraryView;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.WorkshopService;

/** Sign-in sheets and badges of the Bayonne day, for registrations the test inserts. */
@JourneesSpringTest
class SheetsPdfTest {

    @Autowired SheetsService sheets;
    @Autowired ItineraryService itineraries;
    @Autowired WorkshopService workshops;
    @Autowired DSLContext dsl;

    long eventId;
    ItineraryView green;
    ItineraryView pink;
    long workshopId;
    final String marker = "sheets-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void registrations() {
        eventId = dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
        green = itineraries.forEvent(eventId).get(0);
        pink = itineraries.forEvent(eventId).get(1);
        workshopId = workshops.forEvent(eventId).get(0).id();
        register("Zoé", "Ébrard", "Collectif Social Web", green.id(), "CONFIRMED");
        register("Élise", "Abadie", "La Fibre64", pink.id(), "CONFIRMED");
        register("Marc", "Durand", "<b>Mairie</b> & Cie 🎉 مرحبا", green.id(), "CONFIRMED");
        register("Annulé", "Aaron", "Personne", green.id(), "CANCELLED");
    }

    @AfterEach
    void removeThem() {
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.EMAIL.startsWith(marker)).execute();
    }

    final java.util.Map<String, String> tokens = new java.util.HashMap<>();
    final java.util.Map<String, String> codes = new java.util.HashMap<>();

    private void register(String first, String last, String organisation, long itineraryId, String status) {
        var token = UUID.randomUUID().toString();
        var code = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        tokens.put(first, token);
        codes.put(first, code);
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, eventId).set(REGISTRATION.TOKEN, token)
                .set(REGISTRATION.CHECKIN_CODE, code)
                .set(REGISTRATION.FIRST_NAME, first).set(REGISTRATION.LAST_NAME, last)
                .set(REGISTRATION.ORGANISATION_NAME, organisation)
                .set(REGISTRATION.EMAIL, marker + "-" + UUID.randomUUID() + "@journees.test")
                .set(REGISTRATION.CONSENT_DATA, true).set(REGISTRATION.STATUS, status)
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, itineraryId)
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, workshopId).execute();
    }

    @Test
    void sheets_and_badges_embed_every_font_they_use() throws IOException {
        for (var pdf : List.of(sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH),
                sheets.badges(eventId, new SheetScope.WholeDay(), true, Locale.FRENCH))) {
            try (var document = Loader.loadPDF(pdf)) {
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
        }
    }

    /** The PDF's text in reading order, white space folded (the other sheet tests read it so too). */
    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void the_whole_day_sheet_lists_confirmed_participants_alphabetically_with_a_header_and_page_numbers()
            throws IOException {
        var text = text(sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH));

        assertThat(text).contains("Visite du quartier Hauts de Sainte-Croix", "3 octobre 2024",
                "Feuille d’émargement", "Toute la journée", "Nom", "Organisation", "Signature", "1 / 1",
                "La Fibre64", "<b>Mairie</b> & Cie").doesNotContain("Annulé");
        assertThat(text.indexOf("Abadie Élise")).isNotNegative()
                .isLessThan(text.indexOf("Durand Marc")).isLessThan(text.indexOf("Ébrard Zoé"));
    }

    @Test
    void a_sheet_per_itinerary_keeps_only_its_group() throws IOException {
        var text = text(sheets.signInSheet(eventId, new SheetScope.Itinerary(green.id()), Locale.FRENCH));

        assertThat(text).contains(green.name(), "Ébrard Zoé", "Durand Marc").doesNotContain("Abadie");
    }

    @Test
    void a_sheet_per_workshop_names_the_workshop() throws IOException {
        var text = text(sheets.signInSheet(eventId, new SheetScope.Workshop(workshopId), Locale.FRENCH));

        assertThat(text).contains("Atelier : Éducation aux médias", "Abadie Élise", "Ébrard Zoé");
    }

    @Test
    void badges_print_names_organisation_and_itinerary_with_an_optional_qr_code() throws IOException {
        var withQr = sheets.badges(eventId, new SheetScope.WholeDay(), true, Locale.FRENCH);
        var withoutQr = sheets.badges(eventId, new SheetScope.WholeDay(), false, Locale.FRENCH);

        assertThat(text(withQr)).contains("Zoé", "Ébrard", "Collectif Social Web", green.name(), pink.name(),
                "<b>Mairie</b> & Cie").doesNotContain("Annulé");
        assertThat(images(withQr)).isGreaterThanOrEqualTo(3);
        assertThat(images(withoutQr)).isZero();
    }

    @Test
    void badges_fit_eight_to_an_a4_page_even_with_overlong_names() throws IOException {
        var many = new java.util.ArrayList<Attendee>();
        for (int i = 0; i < 20; i++) {
            many.add(new Attendee(i, "Prénom" + i, "Nom très long ".repeat(i % 3 + 1), "Org " + "x".repeat(i * 20),
                    "C0DE000" + (i % 10), "Parcours vert", "#2e9e5b", null, null, List.of()));
        }
        var pdf = exporter.badges(new SheetHeader("Journée", "1 janvier 2025", "Toute la journée", null), many,
                code -> code, Locale.FRENCH);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("8 badges a page").isEqualTo(3);
        }
    }

    @Test
    void badge_qr_codes_carry_the_check_in_code_and_nothing_of_the_personal_link() throws Exception {
        var pdf = sheets.badges(eventId, new SheetScope.WholeDay(), true, Locale.FRENCH);

        var decoded = qrContents(pdf);
        assertThat(decoded).containsExactlyInAnyOrder(codes.get("Zoé"), codes.get("Élise"), codes.get("Marc"));
        var text = text(pdf);
        assertThat(text).contains(codes.get("Zoé").substring(0, 4) + "-" + codes.get("Zoé").substring(4))
                .doesNotContain("/r/");
        for (var token : tokens.values()) {
            assertThat(text).doesNotContain(token);
            assertThat(decoded).noneMatch(d -> d.contains(token));
            assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
        }
    }

    @Test
    void the_sign_in_sheet_marks_who_was_checked_in() throws IOException {
        dsl.update(REGISTRATION).set(REGISTRATION.CHECKED_IN_AT, java.time.LocalDateTime.of(2024, 10, 3, 9, 12))
                .where(REGISTRATION.CHECKIN_CODE.eq(codes.get("Élise"))).execute();

        var text = text(sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH));

        assertThat(text).contains("Présent", "Abadie Élise La Fibre64 ✓ 09:12");
        assertThat(text).containsOnlyOnce("✓");
    }

    private static List<String> qrContents(byte[] pdf) throws Exception {
        var found = new java.util.ArrayList<String>();
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        found.add(decode(image.getImage()));
                    }
                }
            }
        }
        return found;
    }

    /** The badge's image has one pixel per module: scaled up with a white margin before zxing reads it. */
    private static String decode(java.awt.image.BufferedImage small) throws Exception {
        int scale = 8;
        int margin = 4 * scale;
        var big = new java.awt.image.BufferedImage(small.getWidth() * scale + 2 * margin,
                small.getHeight() * scale + 2 * margin, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = big.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, big.getWidth(), big.getHeight());
        g.drawImage(small, margin, margin, small.getWidth() * scale, small.getHeight() * scale, null);
        g.dispose();
        int[] pixels = big.getRGB(0, 0, big.getWidth(), big.getHeight(), null, 0, big.getWidth());
        var source = new com.google.zxing.RGBLuminanceSource(big.getWidth(), big.getHeight(), pixels);
        return new com.google.zxing.qrcode.QRCodeReader().decode(
                new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source))).getText();
    }

    @Autowired SheetsExporter exporter;

    private static int images(byte[] pdf) throws IOException {
        int count = 0;
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
