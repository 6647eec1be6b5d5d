package fr.journees.chantier;

/** The sheet was deleted meanwhile. */
public class SheetGone extends RuntimeException {

    public SheetGone(long sheetId) {
        super("Sheet " + sheetId + " no longer exists");
    }
}
