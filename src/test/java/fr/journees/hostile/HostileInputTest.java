package fr.journees.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.chantier.Banque;
import fr.journees.chantier.BanquePdfExporter;
import fr.journees.chantier.BanqueWorkshop;
import fr.journees.chantier.BanqueXlsxExporter;
import fr.journees.chantier.ChantierSheet;
import fr.journees.chantier.Feasibility;
import fr.journees.chantier.SheetContent;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;
import fr.journees.mail.MailService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationExport;
import fr.journees.registration.RegistrationService;
import fr.journees.sheets.SheetScope;
import fr.journees.sheets.SheetsService;
import fr.journees.support.JourneesSpringTest;
import fr.journees.support.Records;
import jakarta.validation.ConstraintViolationException;
import net.fortuna.ical4j.data.CalendarBuilder;

/**
 * Every hostile value of {@link HostileValues} through the free-text fields of a registration, an event's
 * title and a fiche chantier, read back from every place they land: the stored record, CSV, XLSX, the
 * e-mails (headers and HTML), the iCalendar files, and the PDFs (sign-in sheet, badges, livret, banque).
 * Nothing executes, nothing breaks a document, nothing is lost without a message.
 */
@Tag("database")
@JourneesSpringTest
class HostileInputTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired MailService mails;
    @Autowired SheetsService sheets;
    @Autowired LivretService livrets;
    @Autowired BanquePdfExporter banquePdf;
    @Autowired BanqueXlsxExporter banqueXlsx;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeDays() {
        created.forEach(days::remove);
    }

    @Test
    void registration_fields_keep_every_hostile_value_or_refuse_it_and_every_output_stays_whole() throws Exception {
        long day = days.create("hostile", 500);
        created.add(day);
        var control = registrations.register(day, OpenDay.person("Témoin", "temoin@exemple.fr", null, null));
        int controlEvents = events(http("/r/" + control.token() + "/agenda.ics"));
        var kept = new ArrayList<String>();
        int n = 0;
        for (var entry : HostileValues.ALL.entrySet()) {
            var value = entry.getValue();
            var request = Records.with(OpenDay.person(value, "hostile" + n + "@exemple.fr", null, null), Map.of(
                    "lastName", "Hostile" + n++, "organisation", value, "function", value, "territory", value,
                    "dietaryNeeds", value, "accessibilityNeeds", value));
            String token;
            try {
                token = registrations.register(day, request).token();
            } catch (ConstraintViolationException refused) {
                // Refused with the fields named (the forms and the API show a message at each of them).
                assertThat(value.length()).as(entry.getKey()).isGreaterThan(100);
                assertThat(refused.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .allMatch(p -> p.matches(".*(firstName|organisation|function|territory|dietaryNeeds"
                                + "|accessibilityNeeds)"));
                continue;
            }
            var stored = registrations.byToken(token).orElseThrow();
            assertThat(List.of(stored.firstName(), stored.organisation(), stored.function(), stored.territory(),
                    stored.dietaryNeeds())).as(entry.getKey()).allMatch(v -> v.equals(value) || v.equals(value.strip()));
            kept.add(stored.firstName());

            for (var mail : mails.forRegistration(stored.id())) {
                assertThat(mail.subject()).as(entry.getKey()).doesNotContain("\r", "\n");
                assertThat(mail.recipient()).doesNotContain("\r", "\n", "evil");
                assertThat(mail.html()).as(entry.getKey()).doesNotContain("<script", "<img");
            }
            var agenda = http("/r/" + token + "/agenda.ics");
            new CalendarBuilder().build(new ByteArrayInputStream(agenda));
            assertThat(events(agenda)).as(entry.getKey()).isEqualTo(controlEvents);
        }
        assertThat(kept).hasSize(HostileValues.ALL.size() - 1);

        var all = registrations.all(day);
        var headers = fr.journees.registration.ExportLabels.translated(key -> key);
        var csv = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new InputStreamReader(
                new ByteArrayInputStream(RegistrationExport.csv(headers, all)), StandardCharsets.UTF_8)).getRecords();
        var csvCells = csv.stream().skip(1).flatMap(r -> r.stream()).toList();
        assertThat(csvCells).noneMatch(HostileInputTest::startsLikeAFormula);
        for (var first : kept) {
            assertThat(csvCells).as("CSV keeps %s", first).anyMatch(c -> c.equals(first) || c.equals("'" + first)
                    || c.equals(first.strip()) || c.equals("'" + first.strip()));
        }
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(RegistrationExport.xlsx("Inscrits",
                headers, all)))) {
            var rows = workbook.getFirstSheet().read();
            for (var row : rows.subList(1, rows.size())) {
                row.forEach(cell -> {
                    if (cell != null) {
                        assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        assertThat(startsLikeAFormula(cell.getText())).as(cell.getText()).isFalse();
                    }
                });
            }
        }

        var signIn = compact(text(sheets.signInSheet(day, new SheetScope.WholeDay(), Locale.FRENCH)));
        for (var key : List.of("script", "formula", "crlf-header", "nul", "vertical-tab", "escape", "emoji", "plus",
                "at")) {
            assertThat(signIn).as(key).contains(compact(HostileValues.marker(HostileValues.ALL.get(key))));
        }
        assertThat(text(sheets.badges(day, new SheetScope.WholeDay(), true, Locale.FRENCH))).contains("Léa 🌱😀");
    }

    @Test
    void an_event_title_keeps_every_hostile_value_or_refuses_it_in_mails_calendars_and_the_livret() throws Exception {
        int controlEvents = events(http("/e/" + events.details(day("Journée témoin")).orElseThrow().slug()
                + "/programme.ics"));
        for (var entry : HostileValues.ALL.entrySet()) {
            var title = entry.getValue();
            long id;
            try {
                id = day(title);
            } catch (ConstraintViolationException refused) {
                assertThat(title.length()).as(entry.getKey()).isGreaterThan(300);
                continue;
            }
            var slug = events.details(id).orElseThrow().slug();
            var outcome = registrations.register(id, OpenDay.person("Amaia", "amaia." + slug + "@exemple.fr", null,
                    null));
            for (var mail : mails.forRegistration(outcome.id())) {
                assertThat(mail.subject()).as(entry.getKey()).doesNotContain("\r", "\n");
                assertThat(mail.html()).as(entry.getKey()).doesNotContain("<script", "<img");
            }
            var programme = http("/e/" + slug + "/programme.ics");
            new CalendarBuilder().build(new ByteArrayInputStream(programme));
            assertThat(events(programme)).as(entry.getKey()).isEqualTo(controlEvents);
            assertThat(events(http("/r/" + outcome.token() + "/agenda.ics"))).as(entry.getKey())
                    .isGreaterThanOrEqualTo(1);
            var livret = compact(text(livrets.pdf(id, PageFormat.A4, Locale.FRENCH)));
            if (!entry.getKey().equals("rtl-override")) { // shown reversed, as the override asks
                assertThat(livret).as(entry.getKey()).contains(compact(HostileValues.marker(title)));
            }
        }
    }

    @Test
    void a_fiche_chantier_keeps_every_hostile_value_in_the_banque_pdf_and_spreadsheet() throws Exception {
        var sheetsOfHostiles = new ArrayList<ChantierSheet>();
        long id = 1;
        for (var value : HostileValues.ALL.values()) {
            var content = new SheetContent(value, value, value, value, value, value, value, value, value, value,
                    Feasibility.ORANGE, true, value);
            sheetsOfHostiles.add(new ChantierSheet(id, 1, 1, content, value, LocalDateTime.now()));
            id++;
        }
        var banque = new Banque("Banque hostile", LocalDate.now(), List.of(new BanqueWorkshop(1, "Atelier <b>1</b>",
                sheetsOfHostiles)));

        var pdf = compact(text(banquePdf.pdf(banque, Locale.FRENCH)));
        assertThat(pdf).contains("Atelier<b>1</b>", "<script>alert('x')</script>", "Nulcaractère", "Wordcollé",
                "Léa🌱😀", "=HYPERLINK");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(banqueXlsx.xlsx(banque, Locale.FRENCH)))) {
            for (var sheet : workbook.getSheets().toList()) {
                for (var row : sheet.read()) {
                    row.forEach(cell -> {
                        if (cell != null) {
                            assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                            assertThat(startsLikeAFormula(cell.getText())).as(cell.getText()).isFalse();
                        }
                    });
                }
            }
        }
    }

    private long day(String title) {
        var slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        long id = events.create(new EventDraft(slug, title, null, null, LocalDate.now().plusDays(30),
                LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), 50, true, 5), List.of(), List.of());
        created.add(id);
        return id;
    }

    private byte[] http(String path) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static int events(byte[] ics) {
        return (int) new String(ics, StandardCharsets.UTF_8).lines().filter(l -> l.equals("BEGIN:VEVENT")).count();
    }

    private static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** PDF text without the spaces and line breaks that wrapping adds. */
    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
