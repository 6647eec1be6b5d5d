package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class RegistrationExportTest {

    static final List<String> HEADERS = RegistrationExport.COLUMNS;
    static final ExportLabels KEYS = new ExportLabels(HEADERS, java.util.Map.of(), java.util.Map.of());
    static final ExportLabels FRENCH = ExportLabels.translated(key -> Bundle.FRENCH.getMessage(key, null,
            java.util.Locale.FRENCH));

    private static final class Bundle {
        static final org.springframework.context.support.ResourceBundleMessageSource FRENCH =
                new org.springframework.context.support.ResourceBundleMessageSource();

        static {
            FRENCH.setBasename("i18n/registration");
            FRENCH.setDefaultEncoding("UTF-8");
            FRENCH.setFallbackToSystemLocale(false);
        }
    }

    static RegistrationView row(String lastName, String organisation) {
        return new RegistrationView(1, 1, "t".repeat(32), "Amaia", lastName, "a@example.test", null, organisation,
                "Médiatrice", "Pays basque", null, null, 3L, "Parcours vert", null, null, true, null, null, false,
                RegistrationStatus.CONFIRMED, "fr", null, 0, null, "K7QF3M9X", null,
                StructureKind.ASSOCIATION, "64", RegistrationConsent.UNKNOWN);
    }

    @Test
    void csv_neutralises_formulas_and_keeps_accents() {
        var csv = new String(RegistrationExport.csv(KEYS, List.of(row("=HYPERLINK(\"x\")", "+33 Mairie"),
                row("Irigoyen", "@asso"))), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFlastName;firstName");
        assertThat(csv).contains("'=HYPERLINK", "'+33 Mairie", "'@asso", "Médiatrice", "Parcours vert");
        assertThat(csv).as("kind of structure and département last").contains(";ASSOCIATION;Pyrénées-Atlantiques (64)");
    }

    @Test
    void xlsx_holds_one_row_per_registration_with_formulas_neutralised() throws Exception {
        var bytes = RegistrationExport.xlsx("Inscriptions", KEYS, List.of(row("-1+1", "Mairie")));

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellAsString(0)).contains("'-1+1");
            assertThat(rows.get(1).getCellAsString(4)).contains("Mairie");
        }
    }

    @Test
    void both_exports_end_with_the_arrival_of_those_who_were_checked_in() throws Exception {
        var absent = row("Absent", "Mairie");
        var present = new RegistrationView(2, 1, "u".repeat(32), "Beñat", "Present", "b@example.test", null, null,
                null, null, null, null, null, null, null, null, false, null, null, false, RegistrationStatus.CONFIRMED,
                "fr", null, 0, null, "K7QF3M9Y", java.time.LocalDateTime.of(2024, 10, 3, 9, 12, 5), null, null,
                new RegistrationConsent(java.time.LocalDateTime.of(2024, 9, 1, 18, 30, 0), null, "2026-12-01"));

        var csv = new String(RegistrationExport.csv(KEYS, List.of(absent, present)), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).contains(";checkedIn;")
                .endsWith(";consentDataAt;consentPhotosAt;consentNoticeVersion");
        assertThat(csv.lines().toList().get(1)).endsWith(";;;;");
        assertThat(csv.lines().toList().get(2)).endsWith(";2024-10-03 09:12:05;2024-09-01 18:30:00;;2026-12-01");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                RegistrationExport.xlsx("Inscriptions", KEYS, List.of(present))))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellAsString(HEADERS.indexOf("checkedIn"))).contains("2024-10-03 09:12:05");
            assertThat(rows.get(1).getCellAsString(HEADERS.indexOf("consentNoticeVersion"))).contains("2026-12-01");
        }
    }

    @Test
    void refuses_headers_that_do_not_match_the_columns() {
        assertThatThrownBy(() -> RegistrationExport.csv(new ExportLabels(List.of("a"), java.util.Map.of(), java.util.Map.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void status_and_kind_of_structure_are_written_in_the_readers_language_with_formulas_still_neutralised()
            throws Exception {
        var csv = new String(RegistrationExport.csv(FRENCH, List.of(row("=1+1", "Mairie"))), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFNom;Prénom");
        assertThat(csv.lines().toList().get(1)).startsWith("'=1+1;").contains(";Confirmée;")
                .contains(";Association;").doesNotContain("CONFIRMED", "ASSOCIATION");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                RegistrationExport.xlsx("Inscriptions", FRENCH, List.of(row("Irigoyen", "Mairie")))))) {
            var cells = workbook.getFirstSheet().read().get(1);
            assertThat(cells.getCellAsString(HEADERS.indexOf("status"))).contains("Confirmée");
            assertThat(cells.getCellAsString(HEADERS.indexOf("structureKind"))).contains("Association");
        }
    }
}
