package fr.journees.chantier;

/**
 * A save refused because someone else saved the sheet since {@code baseVersion}: carries both their
 * saved version and the text that was being saved, so that nothing typed is lost.
 */
public class SheetConflict extends RuntimeException {

    private final transient ChantierSheet theirs;
    private final transient SheetContent mine;
    private final int baseVersion;

    public SheetConflict(ChantierSheet theirs, SheetContent mine, int baseVersion) {
        super("Sheet " + theirs.id() + " is at version " + theirs.version() + ", not " + baseVersion);
        this.theirs = theirs;
        this.mine = mine;
        this.baseVersion = baseVersion;
    }

    public ChantierSheet theirs() {
        return theirs;
    }

    public SheetContent mine() {
        return mine;
    }

    public int baseVersion() {
        return baseVersion;
    }
}
