package fr.journees.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.base.pdf.PdfRenderer;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.DayQuestions.ShownAnswer;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/** The answers the organiser prints on the sign-in sheets, read on MariaDB and printed in the PDF. */
@JourneesSpringTest
class SignInSheetAnswersTest {

    @Autowired OpenDay days;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;
    @Autowired RegistrationService registrations;
    @Autowired SheetsService sheets;
    @Autowired SheetsRepository repository;
    @Autowired PdfRenderer renderer;

    long eventId;
    long transport;
    long bike;
    long wish;

    @BeforeEach
    void aDayWithThreeQuestionsTwoOfThemPrinted() {
        eventId = days.create("emargement-reponses", 50);
        transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Transport", "Transport", null, null, false, "En bus | By bus\nEn voiture | By car", null, null, true,
                true, false));
        bike = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.YES_NO,
                "Venez-vous à vélo ?", null, null, null, false, null, null, null, true, true, true));
        wish = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SHORT_TEXT,
                "Votre question aux porteurs", null, null, null, false, null, null, null, true, false, false));
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    private RegistrationView register(String first, Map<Long, List<String>> answers) {
        var email = first.replaceAll("[^A-Za-z0-9]", "") + "@emargement.test";
        var checked = answered.check(OpenDay.person(first, email, null, null), new Answers(answers),
                registrations.choices(eventId).orElseThrow());
        assertThat(checked.refusals()).isEmpty();
        return answered.register(checked).view();
    }

    @Test
    void only_the_answers_of_questions_printed_on_the_sheets_reach_the_attendees_in_the_forms_order() {
        var amaia = register("Amaia", Map.of(transport, List.of("En bus"), bike, List.of("yes"), wish,
                List.of("Combien de bénévoles ?")));
        var benat = register("Beñat", Map.of(wish, List.of("Rien")));

        var attendees = sheets.withAnswers(eventId, repository.attendees(eventId, new SheetScope.WholeDay()),
                Locale.FRENCH);

        var byId = attendees.stream().collect(java.util.stream.Collectors.toMap(Attendee::id, Attendee::answers));
        assertThat(byId.get(amaia.id())).containsExactly(new ShownAnswer("Transport", "En bus"),
                new ShownAnswer("Venez-vous à vélo ?", "Oui"));
        assertThat(byId.get(benat.id())).as("the unprinted question's answer stays off").isEmpty();
        assertThat(sheets.withAnswers(eventId, repository.attendees(eventId, new SheetScope.WholeDay()),
                Locale.ENGLISH).stream().filter(a -> a.id() == amaia.id()).findFirst().orElseThrow().answers())
                .first().isEqualTo(new ShownAnswer("Transport", "By bus"));
    }

    @Test
    void the_sign_in_sheet_prints_each_answer_under_the_name_and_nothing_for_the_others() throws IOException {
        register("Amaia", Map.of(transport, List.of("En voiture"), bike, List.of("no"), wish, List.of("Secret")));
        register("Beñat", Map.of());

        var text = SheetsPdfTest.text(sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH));

        assertThat(text).contains("Etcheverry Amaia Mairie de Bayonne Transport : En voiture Venez-vous à vélo ? Non",
                "Etcheverry Beñat Mairie de Bayonne").doesNotContain("Secret", "? :");
    }

    @Test
    void a_hostile_answer_prints_as_the_text_it_is_and_control_characters_do_not_break_the_page() throws IOException {
        var hostile = List.of(new ShownAnswer("<b>Q</b>",
                "=cmd|' /C calc'!A0 <script>alert(1)</script> & \u0007\u0000fin"));
        var amaia = new Attendee(1, "Amaia", "Etcheverry", "Mairie", null, null, null, null, null, hostile);
        var header = new SheetHeader("Journée", "3 octobre 2024", "Toute la journée", null);
        var variables = Map.<String, Object>of("header", header, "attendees", List.of(amaia));

        var xhtml = renderer.xhtml("fr/journees/sheets/emargement.xhtml", variables, Locale.FRENCH);
        assertThat(xhtml).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; fin", "&lt;b&gt;Q&lt;/b&gt;")
                .doesNotContain("<script>", "\u0007", "\u0000");
        var text = SheetsPdfTest.text(new SheetsExporter(renderer).signInSheet(header, List.of(amaia), Locale.FRENCH));
        assertThat(text.replace(" ", "")).as("the narrow column wraps the line: spaces aside")
                .contains("<b>Q</b>:=cmd|'/Ccalc'!A0<script>alert(1)</script>&fin");
    }

    @Test
    void several_printed_questions_keep_one_row_per_person_on_the_page() throws IOException {
        for (int i = 0; i < 12; i++) {
            register("Personne" + i, Map.of(transport, List.of("En bus"), bike, List.of("yes")));
        }

        try (var document = Loader.loadPDF(sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH))) {
            assertThat(document.getNumberOfPages()).as("12 rows of three lines fit one page").isEqualTo(1);
        }
    }

    @Test
    void a_sheet_longer_than_a_page_repeats_its_column_headings_on_every_page() throws IOException {
        var attendees = new java.util.ArrayList<Attendee>();
        for (int i = 0; i < 45; i++) {
            attendees.add(new Attendee(i, "Prénom" + i, "Nom" + i, "Mairie de Bayonne", null, "Parcours vert", "#2e7d32",
                    "Atelier", null, i % 3 == 0 ? List.of(new ShownAnswer("Transport", "En bus")) : List.of()));
        }
        var header = new SheetHeader("Journée", "3 octobre 2024", "Toute la journée", null);

        try (var document = Loader.loadPDF(new SheetsExporter(renderer).signInSheet(header, attendees, Locale.FRENCH))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Nom", "Organisation", "Présent",
                        "Signature");
            }
        }
    }
}
