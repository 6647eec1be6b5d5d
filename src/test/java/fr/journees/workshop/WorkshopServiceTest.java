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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.event.EventDuplicated;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventStatus;
import fr.journees.security.AccountOption;
import fr.journees.security.Roles;
import fr.journees.support.JourneesSpringTest;
import jakarta.validation.ConstraintViolationException;

@JourneesSpringTest
@Tag("database")
@Transactional
class WorkshopServiceTest {

    @Autowired WorkshopService service;
    @Autowired InitiativeService initiatives;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void anEventOfOurOwn() {
        eventId = TestData.event(dsl, EventStatus.DRAFT);
    }

    @Test
    void creates_workshops_in_order_with_their_facilitators() {
        long lea = TestData.facilitator(dsl, "Léa");
        long marc = TestData.facilitator(dsl, "Marc");
        service.create(eventId, draft("Éducation aux médias", 20), Set.of(lea, marc));
        service.create(eventId, draft("Aller vers", null), Set.of());

        var list = service.forEvent(eventId);

        assertThat(list).extracting(WorkshopView::title).containsExactly("Éducation aux médias", "Aller vers");
        assertThat(list).extracting(WorkshopView::position).containsExactly(0, 1);
        assertThat(list.get(0).facilitators()).extracting(AccountOption::displayName).containsExactly("Léa", "Marc");
        assertThat(list.get(0).capacity()).isEqualTo(20);
        assertThat(list.get(1).capacity()).as("empty capacity: unlimited").isNull();
    }

    @Test
    void updates_a_workshop_and_replaces_its_facilitators() {
        long lea = TestData.facilitator(dsl, "Léa");
        long marc = TestData.facilitator(dsl, "Marc");
        long id = service.create(eventId, draft("Atelier", 10), Set.of(lea));
        var before = only();

        service.update(id, before.version(), new WorkshopDraft("  Atelier renommé ", "Comment ?", "Réussir",
                "Salle B", 0), Set.of(marc));

        var after = only();
        assertThat(after.title()).isEqualTo("Atelier renommé");
        assertThat(after.guidingQuestions()).isEqualTo("Comment ?");
        assertThat(after.objectives()).isEqualTo("Réussir");
        assertThat(after.room()).isEqualTo("Salle B");
        assertThat(after.capacity()).isZero();
        assertThat(after.facilitators()).extracting(AccountOption::id).containsExactly(marc);
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void a_stale_version_is_refused_instead_of_overwriting() {
        long id = service.create(eventId, draft("Atelier", null), Set.of());
        int read = only().version();
        service.update(id, read, draft("Version de Léa", null), Set.of());

        assertThatThrownBy(() -> service.update(id, read, draft("Version de Marc", null), Set.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.delete(id, read)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(only().title()).isEqualTo("Version de Léa");
    }

    @Test
    void refuses_bad_input_and_a_title_already_used_in_the_event() {
        service.create(eventId, draft("Aller vers", null), Set.of());
        assertThatThrownBy(() -> service.create(eventId, draft("ALLER VERS", null), Set.of()))
                .isInstanceOf(DuplicateTitle.class);
        assertThatThrownBy(() -> service.create(eventId, draft(" ", null), Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(eventId, draft("Négatif", -1), Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
        long otherEvent = TestData.event(dsl, EventStatus.DRAFT);
        service.create(otherEvent, draft("Aller vers", null), Set.of());
        assertThat(service.forEvent(eventId)).hasSize(1);
    }

    @Test
    void only_facilitators_lead_workshops() {
        long organiser = TestData.account(dsl, "Orga", Roles.ORGANISER);
        assertThatThrownBy(() -> service.create(eventId, draft("Atelier", null), Set.of(organiser)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.forEvent(eventId)).isEmpty();
    }

    @Test
    void moves_workshops_up_and_down_and_keeps_them_numbered_after_a_delete() {
        long a = service.create(eventId, draft("A", null), Set.of());
        long b = service.create(eventId, draft("B", null), Set.of());
        long c = service.create(eventId, draft("C", null), Set.of());

        service.move(c, Direction.UP);
        assertThat(titles()).containsExactly("A", "C", "B");
        service.move(a, Direction.DOWN);
        assertThat(titles()).containsExactly("C", "A", "B");
        service.move(c, Direction.UP);
        service.move(b, Direction.DOWN);
        assertThat(titles()).as("nothing moves past either end").containsExactly("C", "A", "B");

        service.delete(a, versionOf(a));
        assertThat(service.forEvent(eventId)).extracting(WorkshopView::position).containsExactly(0, 1);
        service.create(eventId, draft("D", null), Set.of());
        assertThat(titles()).containsExactly("C", "B", "D");
    }

    @Test
    void adds_orders_and_removes_the_initiatives_of_a_recueil() {
        long id = service.create(eventId, draft("Atelier", null), Set.of());
        long first = initiative("Première");
        long second = initiative("Deuxième");
        long third = initiative("Troisième");
        service.addToRecueil(id, first);
        service.addToRecueil(id, second);
        service.addToRecueil(id, third);
        service.addToRecueil(id, first);
        assertThat(recueil()).containsExactly(first, second, third);

        service.moveInRecueil(id, third, Direction.UP);
        assertThat(recueil()).containsExactly(first, third, second);
        service.moveInRecueil(id, first, Direction.DOWN);
        assertThat(recueil()).containsExactly(third, first, second);

        service.removeFromRecueil(id, first);
        assertThat(recueil()).containsExactly(third, second);
        assertThat(initiatives.detail(first)).as("still in the library").isPresent();
        service.addToRecueil(id, first);
        assertThat(recueil()).containsExactly(third, second, first);
    }

    @Test
    void deleting_a_workshop_takes_its_recueil_but_leaves_the_library() {
        long id = service.create(eventId, draft("Atelier", null), Set.of(TestData.facilitator(dsl, "Léa")));
        long initiative = initiative("Gardée");
        service.addToRecueil(id, initiative);

        service.delete(id, versionOf(id));

        assertThat(service.forEvent(eventId)).isEmpty();
        assertThat(initiatives.detail(initiative)).isPresent();
    }

    @Test
    void every_write_on_an_archived_event_is_refused() {
        long id = service.create(eventId, draft("Atelier", null), Set.of());
        service.create(eventId, draft("Autre", null), Set.of());
        long initiative = initiative("Dans le recueil");
        long other = initiative("Hors du recueil");
        service.addToRecueil(id, initiative);
        int version = versionOf(id);
        TestData.archive(dsl, eventId);

        assertThatThrownBy(() -> service.create(eventId, draft("Nouveau", null), Set.of()))
                .isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.update(id, version, draft("Renommé", null), Set.of()))
                .isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.delete(id, version)).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.move(id, Direction.DOWN)).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.addToRecueil(id, other)).isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.moveInRecueil(id, initiative, Direction.DOWN))
                .isInstanceOf(EventNotEditable.class);
        assertThatThrownBy(() -> service.removeFromRecueil(id, initiative)).isInstanceOf(EventNotEditable.class);
        assertThat(titles()).containsExactly("Atelier", "Autre");
        assertThat(recueil(id)).containsExactly(initiative);
    }

    @Test
    void a_duplicated_event_gets_copies_of_the_workshops_with_their_facilitators_and_recueils() {
        long lea = TestData.facilitator(dsl, "Léa");
        long first = service.create(eventId, new WorkshopDraft("Éducation aux médias", "Comment protéger ?",
                "Faire émerger des projets", "Salle 1", 15), Set.of(lea));
        long second = service.create(eventId, draft("Aller vers", null), Set.of());
        long a = initiative("A");
        long b = initiative("B");
        service.addToRecueil(first, b);
        service.addToRecueil(first, a);
        service.addToRecueil(second, a);
        long copyId = TestData.event(dsl, EventStatus.DRAFT);

        publisher.publishEvent(new EventDuplicated(eventId, copyId));

        var copies = service.forEvent(copyId);
        var sources = service.forEvent(eventId);
        assertThat(copies).extracting(WorkshopView::title).containsExactly("Éducation aux médias", "Aller vers");
        assertThat(copies).extracting(WorkshopView::id).doesNotContainAnyElementsOf(List.of(first, second));
        assertThat(copies.get(0).draft()).isEqualTo(sources.get(0).draft());
        assertThat(copies.get(0).facilitators()).extracting(AccountOption::id).containsExactly(lea);
        assertThat(copies.get(0).initiatives()).extracting(InitiativeView::id).containsExactly(b, a);
        assertThat(copies.get(1).initiatives()).extracting(InitiativeView::id).containsExactly(a);
        assertThat(service.forEvent(eventId)).isEqualTo(sources);
    }

    private static WorkshopDraft draft(String title, Integer capacity) {
        return new WorkshopDraft(title, null, null, null, capacity);
    }

    private long initiative(String title) {
        return initiatives.create(new InitiativeDraft(unique(title), null, null, null, null));
    }

    private WorkshopView only() {
        var list = service.forEvent(eventId);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private List<String> titles() {
        return service.forEvent(eventId).stream().map(WorkshopView::title).toList();
    }

    private List<Long> recueil() {
        return only().initiatives().stream().map(InitiativeView::id).toList();
    }

    private List<Long> recueil(long workshopId) {
        return service.forEvent(eventId).stream().filter(w -> w.id() == workshopId).findFirst().orElseThrow()
                .initiatives().stream().map(InitiativeView::id).toList();
    }

    private int versionOf(long workshopId) {
        return service.forEvent(eventId).stream().filter(w -> w.id() == workshopId).findFirst().orElseThrow()
                .version();
    }
}
