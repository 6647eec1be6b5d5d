package fr.journees.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Programme slots that overlap another one. Visits and workshops run in parallel groups, so two of
 * them may overlap; any other overlap is flagged. A slot with no end is an instant.
 */
public final class ProgrammeOverlaps {

    private ProgrammeOverlaps() {
    }

    public static Set<Long> flagged(List<ProgrammeSlot> slots) {
        var flagged = new HashSet<Long>();
        for (int a = 0; a < slots.size(); a++) {
            for (int b = a + 1; b < slots.size(); b++) {
                var x = slots.get(a);
                var y = slots.get(b);
                if (overlap(x, y) && !(x.kind().isParallel() && y.kind().isParallel())) {
                    flagged.add(x.id());
                    flagged.add(y.id());
                }
            }
        }
        return flagged;
    }

    static boolean overlap(ProgrammeSlot x, ProgrammeSlot y) {
        var xEnd = x.end() == null ? x.start() : x.end();
        var yEnd = y.end() == null ? y.start() : y.end();
        if (x.end() == null && y.end() == null) {
            return x.start().equals(y.start());
        }
        if (x.end() == null) {
            return y.start().isBefore(x.start()) && x.start().isBefore(yEnd);
        }
        if (y.end() == null) {
            return x.start().isBefore(y.start()) && y.start().isBefore(xEnd);
        }
        return x.start().isBefore(yEnd) && y.start().isBefore(xEnd);
    }
}
