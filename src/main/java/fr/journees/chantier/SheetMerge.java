package fr.journees.chantier;

import java.util.Objects;

/**
 * A field-by-field three-way merge of two saves that started from the same version: a field only
 * one side changed takes that side; a text both changed keeps both, mine first, so nothing is lost.
 */
public final class SheetMerge {

    static final String SEPARATOR = "\n———\n";

    private SheetMerge() {
    }

    public static SheetContent merge(SheetContent base, SheetContent mine, SheetContent theirs) {
        return new SheetContent(
                pick(base.groupName(), mine.groupName(), theirs.groupName(), false),
                text(base.enjeu(), mine.enjeu(), theirs.enjeu()),
                pick(base.keyTitle(), mine.keyTitle(), theirs.keyTitle(), true),
                text(base.objectives(), mine.objectives(), theirs.objectives()),
                text(base.actions(), mine.actions(), theirs.actions()),
                text(base.governanceLead(), mine.governanceLead(), theirs.governanceLead()),
                text(base.governanceDoers(), mine.governanceDoers(), theirs.governanceDoers()),
                text(base.governanceAssociated(), mine.governanceAssociated(), theirs.governanceAssociated()),
                text(base.resources(), mine.resources(), theirs.resources()),
                text(base.obstacles(), mine.obstacles(), theirs.obstacles()),
                pick(base.feasibility(), mine.feasibility(), theirs.feasibility(), false),
                pick(base.keyChantier(), mine.keyChantier(), theirs.keyChantier(), false),
                pick(base.authors(), mine.authors(), theirs.authors(), true));
    }

    private static String text(String base, String mine, String theirs) {
        return pick(base, mine, theirs, true);
    }

    /** Both changed: texts are joined when {@code join}, otherwise mine wins (the person reviews before saving). */
    private static <T> T pick(T base, T mine, T theirs, boolean join) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
            return mine;
        }
        if (Objects.equals(mine, base)) {
            return theirs;
        }
        if (join && mine instanceof String m && theirs instanceof String t) {
            @SuppressWarnings("unchecked")
            T joined = (T) (m + SEPARATOR + t);
            return joined;
        }
        return mine;
    }
}
