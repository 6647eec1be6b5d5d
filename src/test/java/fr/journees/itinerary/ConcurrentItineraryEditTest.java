package fr.journees.itinerary;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.PlaceDraft;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.support.JourneesSpringTest;

/** Many organisers saving the same itinerary at once, on the real database: one wins, none is lost silently. */
@JourneesSpringTest
@Tag("database")
class ConcurrentItineraryEditTest {

    static final int EDITORS = 12;

    @Autowired ItineraryService itineraries;
    @Autowired EventService events;
    @Autowired DirectoryService directory;
    @Autowired DSLContext dsl;

    long eventId;
    long itineraryId;
    List<Long> stopIds;

    @BeforeEach
    void anItineraryOfThreeStops() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        eventId = events.create(new EventDraft("concurrence-" + suffix, "Concurrence " + suffix, null, null,
                LocalDate.of(2026, 9, 1), LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT, null,
                null, null, false, 5), List.of(), List.of());
        var stops = new ArrayList<StopDraft>();
        for (int i = 0; i < 3; i++) {
            long place = directory.ensurePlace(new PlaceDraft("Lieu " + i + " " + suffix, null, null, null, null,
                    null, null, List.of()));
            stops.add(new StopDraft(place, null, 20, null, List.of()));
        }
        itineraryId = itineraries.create(eventId, new ItineraryDraft("Parcours", ItineraryColour.BLUE, 30,
                LocalTime.of(10, 0)), stops);
        stopIds = view().stops().stream().map(StopView::id).toList();
    }

    @AfterEach
    void removeTheEvent() {
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
    }

    @Test
    void of_many_simultaneous_saves_from_the_same_version_exactly_one_wins_and_the_others_are_told() throws Exception {
        int seen = view().version();
        var outcomes = runTogether(i -> () -> {
            itineraries.update(itineraryId, seen, new ItineraryDraft("Parcours " + i, ItineraryColour.BLUE, 30 + i,
                    LocalTime.of(10, 0)));
            return "Parcours " + i;
        });
        var winners = outcomes.stream().filter(o -> !(o instanceof OptimisticLockingFailureException)).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof OptimisticLockingFailureException).hasSize(EDITORS - 1);
        assertThat(view().name()).isEqualTo(winners.get(0));
        assertThat(view().version()).isEqualTo(seen + 1);
    }

    @Test
    void simultaneous_reorders_from_the_same_version_apply_once_and_never_mix() throws Exception {
        int seen = view().version();
        var outcomes = runTogether(i -> () -> {
            itineraries.moveStop(itineraryId, seen, stopIds.get(i % 3), (i + 1) % 3);
            return "moved";
        });
        assertThat(outcomes).filteredOn("moved"::equals).hasSize(1);
        assertThat(view().stops()).extracting(StopView::position).containsExactly(0, 1, 2);
        assertThat(view().stops()).extracting(StopView::id).containsExactlyInAnyOrderElementsOf(stopIds);
    }

    private List<Object> runTogether(java.util.function.IntFunction<Callable<Object>> work) throws Exception {
        var pool = Executors.newFixedThreadPool(EDITORS);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (int i = 0; i < EDITORS; i++) {
                var task = work.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (OptimisticLockingFailureException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private ItineraryView view() {
        return itineraries.forEvent(eventId).stream().filter(i -> i.id() == itineraryId).findFirst().orElseThrow();
    }
}
