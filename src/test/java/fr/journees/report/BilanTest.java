package fr.journees.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.chantier.ChantierService;
import fr.journees.chantier.NotYourWorkshop;
import fr.journees.funding.FundingService;
import fr.journees.itinerary.ItineraryService;
import fr.journees.support.JourneesSpringTest;

/** The funders' report of a day of the test's own, read back from the PDF and the spreadsheet. */
@Tag("database")
@JourneesSpringTest
class BilanTest {

    static final Locale FR = Locale.FRENCH;

    @Autowired BilanService bilans;
    @Autowired ItineraryService itineraries;
    @Autowired ChantierService chantiers;
    @Autowired FundingService funding;
    @Autowired DSLContext dsl;
    @Autowired fr.journees.messaging.survey.SurveyService surveys;

    BilanFixture fixture;

    @BeforeEach
    void aDay() {
        fixture = BilanFixture.create(dsl, itineraries, chantiers, funding);
    }

    @AfterEach
    void removeIt() {
        fixture.delete(dsl);
    }

    private Bilan bilan() {
        return bilans.bilan(fixture.day().organiser(), fixture.day().eventId(), FR);
    }

    @Test
    void counts_registrations_and_presence_by_itinerary_workshop_structure_and_territory() {
        var bilan = bilan();

        assertThat(bilan.attendance().confirmed()).isEqualTo(5);
        assertThat(bilan.attendance().present()).isEqualTo(2);
        assertThat(bilan.attendance().waitlisted()).isEqualTo(1);
        assertThat(bilan.attendance().cancelled()).isEqualTo(2);
        assertThat(bilan.attendanceRecorded()).isTrue();
        assertThat(bilan.byItinerary()).extracting(Bilan.Line::label, Bilan.Line::registered, Bilan.Line::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BilanFixture.HOSTILE_ITINERARY, 3, 2),
                        org.assertj.core.groups.Tuple.tuple("Sans parcours attribué", 2, 0));
        assertThat(bilan.byWorkshop()).extracting(Bilan.Line::registered).containsExactly(2, 1, 2);
        assertThat(bilan.byStructureKind()).extracting(Bilan.Line::label, Bilan.Line::registered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Association", 2),
                        org.assertj.core.groups.Tuple.tuple("Non renseigné", 2),
                        org.assertj.core.groups.Tuple.tuple("Collectivité", 1));
        assertThat(bilan.byTerritory()).extracting(Bilan.Line::label, Bilan.Line::registered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pyrénées-Atlantiques (64)", 3),
                        org.assertj.core.groups.Tuple.tuple("Gironde (33)", 1),
                        org.assertj.core.groups.Tuple.tuple("Non renseigné", 1));
        assertThat(bilan.byTerritory().get(0).registeredBar()).isEqualTo(100);
        assertThat(bilan.byTerritory().get(1).registeredBar()).isEqualTo(33);
    }

    @Test
    void summarises_the_banque_de_projets_and_lists_the_sheets_to_attach() {
        var bilan = bilan();

        assertThat(bilan.banque()).extracting(Bilan.BanqueLine::green, Bilan.BanqueLine::orange,
                Bilan.BanqueLine::red).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, 0),
                org.assertj.core.groups.Tuple.tuple(0, 0, 1));
        assertThat(bilan.banqueTotal().total()).isEqualTo(3);
        assertThat(bilan.sheets()).extracting(Bilan.Sheet::expected).containsExactly(5, 3, 2, 1);
        assertThat(bilan.sheets().get(1).title()).isEqualTo("Parcours : " + BilanFixture.HOSTILE_ITINERARY);
    }

    @Test
    void the_pdf_says_it_all_in_french_with_hostile_text_printed_as_text() throws IOException {
        var pdf = bilans.pdf(fixture.day().organiser(), fixture.day().eventId(), FR);
        Files.createDirectories(Path.of("target/report"));
        Files.write(Path.of("target/report/bilan-test.pdf"), pdf);

        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
        assertThat(text).contains("BILAN DE LA JOURNÉE", "Journée d’essai", "Inscriptions et présence par parcours",
                BilanFixture.HOSTILE_ITINERARY, "Pyrénées-Atlantiques (64)", "Par type de structure", "Association",
                "Banque de projets", "Plan de financement", "UNION EUROPÉENNE",
                "60,00 %", "30,00 %", "10,00 %", "100,00 %", "1 000,00 €", "Part d’autofinancement : 10,00 %",
                "Feuilles d’émargement à joindre", "Journée entière — 5 personne(s) inscrite(s)",
                "Ville de Bayonne -2+3");
        assertThat(text).as("the typed 50 % is contradicted by the amounts")
                .contains("Le taux indiqué pour « " + BilanFixture.FORMULA_FUNDER + " » (50,00 %) ne correspond pas");
    }

    @Test
    void the_survey_results_are_counted_in_the_pdf_and_on_their_own_sheet() throws IOException {
        var token = dsl.select(fr.journees.db.Tables.REGISTRATION.TOKEN).from(fr.journees.db.Tables.REGISTRATION)
                .where(fr.journees.db.Tables.REGISTRATION.EVENT_ID.eq(fixture.day().eventId()))
                // A confirmed one: the fixture's cancelled registrations may not answer (and came first at times).
                .and(fr.journees.db.Tables.REGISTRATION.STATUS.eq("CONFIRMED")).limit(1)
                .fetchSingle().value1();
        var satisfaction = surveys.asked(fixture.day().eventId()).getFirst();
        assertThat(surveys.answer(token, new fr.journees.registration.Answers(java.util.Map.of(satisfaction.id(),
                List.of("5")))).outcome()).isEqualTo(fr.journees.messaging.survey.SurveyService.Outcome.ANSWERED);

        var pdf = bilans.pdf(fixture.day().organiser(), fixture.day().eventId(), FR);
        Files.createDirectories(Path.of("target/report"));
        Files.write(Path.of("target/report/bilan-survey.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Enquête de satisfaction", "1 réponse(s) à l’enquête",
                    "Dans l’ensemble, êtes-vous satisfait·e de la journée ?");
        }
        var xlsx = bilans.xlsx(fixture.day().organiser(), fixture.day().eventId(), FR);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheets().toList().getLast();
            assertThat(sheet.getName()).isEqualTo("Enquête de satisfaction");
            assertThat(sheet.read().stream().filter(r -> "5".equals(r.getCellText(1))).findFirst().orElseThrow()
                    .getCellAsNumber(2)).contains(java.math.BigDecimal.ONE);
        }
    }

    @Test
    void the_spreadsheet_holds_numbers_as_numbers_and_hostile_text_as_inert_text() throws IOException {
        var xlsx = bilans.xlsx(fixture.day().organiser(), fixture.day().eventId(), FR);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName())
                    .containsExactly("Journée", "Inscriptions", "Banque de projets", "Financement", "Émargements");
            List<Row> counts = sheets.get(1).read();
            assertThat(counts.get(1).getCellAsString(1)).contains(BilanFixture.HOSTILE_ITINERARY);
            assertThat(counts.get(1).getCellAsNumber(2)).contains(new java.math.BigDecimal("3"));
            List<Row> money = sheets.get(3).read();
            assertThat(money.get(1).getCellAsString(1)).contains("'" + BilanFixture.FORMULA_FUNDER);
            assertThat(money.get(1).getCellAsString(2)).contains("'" + BilanFixture.PLUS_PROGRAMME);
            assertThat(money.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("600");
            assertThat(money.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("60");
            assertThat(money.get(1).getCellAsString(6)).contains("⚠");
            assertThat(money.get(2).getCellAsString(1)).contains("Ville de Bayonne");
            assertThat(money.get(2).getCellAsString(2)).contains("'-2+3");
            assertThat(money.get(4).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1000");
            assertThat(money.get(4).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("100");
            for (var sheet : sheets) {
                for (var row : sheet.read()) {
                    row.forEach(cell -> {
                        if (cell != null && cell.getRawValue() != null) {
                            assertThat(cell.getRawValue()).doesNotContain("\u0007").doesNotStartWith("=")
                                    .doesNotStartWith("@");
                        }
                    });
                }
            }
            List<Row> annex = sheets.get(4).read();
            assertThat(annex).hasSize(5);
        }
    }

    @Test
    void the_bayonne_demo_day_report_shows_its_example_funding() throws IOException {
        long bayonne = dsl.select(fr.journees.db.Tables.EVENT.ID).from(fr.journees.db.Tables.EVENT)
                .where(fr.journees.db.Tables.EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(fr.journees.db.Tables.EVENT.ID);
        var pdf = bilans.pdf("orga@journees.test", bayonne, FR);
        Files.createDirectories(Path.of("target/report"));
        Files.write(Path.of("target/report/bilan-bayonne.pdf"), pdf);

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne",
                    "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)", "La Fibre64", "(exemple)", "12 000,00 €",
                    "37,50 %", "Part d’autofinancement : 7,50 %");
        }
    }

    @Test
    void a_facilitator_gets_no_report() {
        assertThatThrownBy(() -> bilans.pdf(fixture.day().facilitator(), fixture.day().eventId(), FR))
                .isInstanceOf(NotYourWorkshop.class);
    }
}
