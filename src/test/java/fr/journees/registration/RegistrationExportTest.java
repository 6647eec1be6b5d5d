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

    static RegistrationView row(String lastName, String organisation) {
        return new RegistrationView(1, 1, "t".repeat(32), "Amaia", lastName, "a@example.test", null, organisation,
                "Médiatrice", "Pays basque", null, null, 3L, "Parcours vert", null, null, true, null, null, false,
                RegistrationStatus.CONFIRMED, "fr", null, 0, null, StructureKind.ASSOCIATION, "64");
    }

    @Test
    void csv_neutralises_formulas_and_keeps_accents() {
        var csv = new String(RegistrationExport.csv(HEADERS, List.of(row("=HYPERLINK(\"x\")", "+33 Mairie"),
                row("Irigoyen", "@asso"))), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFlastName;firstName");
        assertThat(csv).contains("'=HYPERLINK", "'+33 Mairie", "'@asso", "Médiatrice", "Parcours vert");
        assertThat(csv).as("kind of structure and département last").contains(";ASSOCIATION;Pyrénées-Atlantiques (64)");
    }

    @Test
    void xlsx_holds_one_row_per_registration_with_formulas_neutralised() throws Exception {
        var bytes = RegistrationExport.xlsx("Inscriptions", HEADERS, List.of(row("-1+1", "Mairie")));

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellAsString(0)).contains("'-1+1");
            assertThat(rows.get(1).getCellAsString(4)).contains("Mairie");
        }
    }

    @Test
    void refuses_headers_that_do_not_match_the_columns() {
        assertThatThrownBy(() -> RegistrationExport.csv(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
