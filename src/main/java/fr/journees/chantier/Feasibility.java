package fr.journees.chantier;

/**
 * How feasible a group's key chantier is, as the booklet asks the group to colour it. The UI always
 * shows the colour with its label ({@code chantier.feasibility.X}) and explanation
 * ({@code chantier.feasibility.X.help}), never the colour alone.
 */
public enum Feasibility {
    /** Very feasible: the owner is identified, the objectives shared, the means there. */
    GREEN("#2e7d32"),
    /** To be worked on. */
    ORANGE("#ef6c00"),
    /** Blocked. */
    RED("#c62828"),
    /** White box: the group does not know. */
    UNKNOWN("#ffffff");

    private final String hex;

    Feasibility(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    public String labelKey() {
        return "chantier.feasibility." + name();
    }

    public String helpKey() {
        return "chantier.feasibility." + name() + ".help";
    }
}
