package fr.journees.itinerary.ui;

import java.util.OptionalInt;
import java.util.function.BiConsumer;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.ui.NewEntryDialog;
import fr.journees.itinerary.planning.WalkingTime;

/** The stop form's help from the directory: its creation dialogs and its places' coordinates. */
final class DirectoryStopHelp implements StopHelp {

    private final DirectoryService directory;

    DirectoryStopHelp(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public void createPlace(String typed, BiConsumer<Long, String> created) {
        NewEntryDialog.place(directory, typed, created);
    }

    @Override
    public void createPerson(String typed, BiConsumer<Long, String> created) {
        NewEntryDialog.person(directory, typed, created);
    }

    @Override
    public OptionalInt walk(long fromPlaceId, long toPlaceId) {
        var from = directory.place(fromPlaceId);
        var to = directory.place(toPlaceId);
        if (from.isEmpty() || to.isEmpty()) {
            return OptionalInt.empty();
        }
        var a = from.get().draft();
        var b = to.get().draft();
        return WalkingTime.minutes(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
