package fr.journees.workshop;

import static fr.journees.workshop.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.event.EventStatus;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.InitiativeOrder.Column;
import jakarta.validation.ConstraintViolationException;

@JourneesSpringTest
@Tag("database")
@Transactional
class InitiativeServiceTest {

    @Autowired InitiativeService service;
    @Autowired WorkshopService workshops;
    @Autowired DSLContext dsl;

    /** In every title of this test, so that searches see only the test's rows among the demo's. */
    String marker;
    long porteur;

    @BeforeEach
    void setUp() {
        marker = unique("Zébulon");
        porteur = TestData.organisation(dsl, unique("Centre social des Hauts"));
    }

    @Test
    void searches_the_title_the_description_and_the_porteur_case_and_accents_aside() {
        long byTitle = create("Fablab " + marker, null, "Aller vers", "Pau (64)", null);
        long byDescription = create("Ateliers " + marker.toUpperCase(), null, null, null, "un café numérique");
        long byPorteur = create("Permanences " + marker, porteur, null, null, null);

        assertThat(ids(new InitiativeFilter(marker, null, null))).containsExactlyInAnyOrder(byTitle, byDescription,
                byPorteur);
        assertThat(ids(new InitiativeFilter("fablab " + marker, null, null))).containsExactly(byTitle);
        assertThat(ids(new InitiativeFilter("cafe numerique", null, null))).contains(byDescription);
        assertThat(ids(new InitiativeFilter(nameOf(porteur), null, null))).containsExactly(byPorteur);
    }

    @Test
    void filters_by_theme_and_territory_and_pages_in_sql() {
        var theme = unique("Numérique éducatif");
        long pau = create("A " + marker, null, theme, "Pau, Pyrénées-Atlantiques (64)", null);
        long bayonne = create("B " + marker, null, theme, "Bayonne (64)", null);
        create("C " + marker, null, unique("Emploi"), "Pau (64)", null);

        assertThat(ids(new InitiativeFilter(marker, theme, null))).containsExactly(pau, bayonne);
        assertThat(ids(new InitiativeFilter(marker, theme, "pau"))).containsExactly(pau);
        assertThat(ids(new InitiativeFilter(null, theme, "(64)"))).containsExactly(pau, bayonne);
        assertThat(service.count(new InitiativeFilter(marker, null, "(64)"))).isEqualTo(3);
        var byTitle = List.of(new InitiativeOrder(Column.TITLE, false));
        assertThat(service.page(new InitiativeFilter(marker, null, null), byTitle, 1, 1))
                .extracting(InitiativeView::title).containsExactly("B " + marker);
        assertThat(service.page(new InitiativeFilter(marker, null, null),
                List.of(new InitiativeOrder(Column.TITLE, true)), 0, 1))
                .extracting(InitiativeView::title).containsExactly("C " + marker);
        assertThat(service.themes()).contains(theme).doesNotContainNull();
    }

    @Test
    void creates_and_edits_an_initiative_with_its_porteur() {
        long id = create("  Radio " + marker + " ", porteur, " ", "Nantes (44)", "Des ateliers radio");
        var created = service.detail(id).orElseThrow();
        assertThat(created.title()).isEqualTo("Radio " + marker);
        assertThat(created.porteur().id()).isEqualTo(porteur);
        assertThat(created.actsOn()).as("blank is no theme").isNull();

        service.update(id, created.version(), new InitiativeDraft("Radio " + marker, null, "Éducation aux médias",
                "Nantes (44)", "Une journaliste radio"));

        var edited = service.detail(id).orElseThrow();
        assertThat(edited.porteur()).isNull();
        assertThat(edited.actsOn()).isEqualTo("Éducation aux médias");
        assertThat(edited.description()).isEqualTo("Une journaliste radio");
        assertThat(edited.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void a_stale_version_is_refused_instead_of_overwriting() {
        long id = create("Radio " + marker, null, null, null, null);
        int read = service.detail(id).orElseThrow().version();
        service.update(id, read, new InitiativeDraft("Radio " + marker, null, "Premier", null, null));

        assertThatThrownBy(() -> service.update(id, read, new InitiativeDraft("Radio " + marker, null, "Second", null,
                null))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.delete(id, read)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.detail(id).orElseThrow().actsOn()).isEqualTo("Premier");
    }

    @Test
    void refuses_a_title_already_in_the_library_and_a_blank_title() {
        long id = create("Radio " + marker, null, null, null, null);
        create("Télé " + marker, null, null, null, null);
        assertThatThrownBy(() -> create("RADIO " + marker, null, null, null, null)).isInstanceOf(DuplicateTitle.class);
        assertThatThrownBy(() -> service.update(id, service.detail(id).orElseThrow().version(),
                new InitiativeDraft("Télé " + marker, null, null, null, null))).isInstanceOf(DuplicateTitle.class);
        assertThatThrownBy(() -> create(" ", null, null, null, null))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void refuses_to_delete_an_initiative_still_in_a_recueil_naming_the_workshops() {
        long id = create("Radio " + marker, null, null, null, null);
        long eventId = TestData.event(dsl, EventStatus.DRAFT);
        long workshop = workshops.create(eventId, new WorkshopDraft("Éducation aux médias", null, null, null, null),
                Set.of());
        workshops.addToRecueil(workshop, id);
        int version = service.detail(id).orElseThrow().version();

        assertThatThrownBy(() -> service.delete(id, version))
                .isInstanceOfSatisfying(InitiativeInUse.class, e -> assertThat(e.workshops())
                        .singleElement().asString().startsWith("Éducation aux médias (Journée d’essai"));
        assertThat(service.detail(id)).isPresent();

        workshops.removeFromRecueil(workshop, id);
        service.delete(id, version);
        assertThat(service.detail(id)).isEmpty();
    }

    @Test
    void the_picker_finds_initiatives_by_title_or_porteur() {
        long id = create("Permanences " + marker, porteur, null, null, null);
        assertThat(service.options(marker, 0, 10)).extracting(InitiativeView::id).containsExactly(id);
        assertThat(service.countOptions(marker)).isEqualTo(1);
        assertThat(service.options(nameOf(porteur), 0, 10)).extracting(InitiativeView::porteur)
                .containsExactly(nameOf(porteur));
    }

    private long create(String title, Long porteurId, String actsOn, String territory, String description) {
        return service.create(new InitiativeDraft(title, porteurId, actsOn, territory, description));
    }

    private List<Long> ids(InitiativeFilter filter) {
        int count = service.count(filter);
        var page = service.page(filter, List.of(), 0, 50);
        assertThat(page).hasSize(count);
        return page.stream().map(InitiativeView::id).toList();
    }

    private String nameOf(long organisationId) {
        return dsl.select(fr.journees.db.Tables.ORGANISATION.NAME).from(fr.journees.db.Tables.ORGANISATION)
                .where(fr.journees.db.Tables.ORGANISATION.ID.eq(organisationId)).fetchOne(0, String.class);
    }
}
