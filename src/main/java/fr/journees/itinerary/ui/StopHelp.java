package fr.journees.itinerary.ui;

import java.util.OptionalInt;
import java.util.function.BiConsumer;

/** What the stop form asks the directory: create a missing place or speaker, the walk between two places. */
interface StopHelp {

    /** Nothing created, nothing proposed (a form tested alone). */
    StopHelp NONE = new StopHelp() {
        @Override
        public void createPlace(String typed, BiConsumer<Long, String> created) {
        }

        @Override
        public void createPerson(String typed, BiConsumer<Long, String> created) {
        }

        @Override
        public OptionalInt walk(long fromPlaceId, long toPlaceId) {
            return OptionalInt.empty();
        }
    };

    void createPlace(String typed, BiConsumer<Long, String> created);

    void createPerson(String typed, BiConsumer<Long, String> created);

    /** Minutes between two places of the directory, when both have coordinates. */
    OptionalInt walk(long fromPlaceId, long toPlaceId);
}
