package fr.journees.chantier;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything a group writes on a fiche chantier: the booklet's grid, the colour, the key flag, the authors. */
public record SheetContent(
        @NotBlank @Size(max = 200) String groupName,
        String enjeu,
        @Size(max = 500) String keyTitle,
        String objectives,
        String actions,
        String governanceLead,
        String governanceDoers,
        String governanceAssociated,
        String resources,
        String obstacles,
        @NotNull Feasibility feasibility,
        boolean keyChantier,
        @Size(max = 1000) String authors) {

    public SheetContent {
        feasibility = Objects.requireNonNullElse(feasibility, Feasibility.UNKNOWN);
    }

    public static SheetContent empty(String groupName) {
        return new SheetContent(groupName, null, null, null, null, null, null, null, null, null,
                Feasibility.UNKNOWN, false, null);
    }

    public SheetContent withKeyChantier(boolean key) {
        return new SheetContent(groupName, enjeu, keyTitle, objectives, actions, governanceLead, governanceDoers,
                governanceAssociated, resources, obstacles, feasibility, key, authors);
    }

    /** The same content with blank texts as null and the others stripped, so that equal sheets compare equal. */
    public SheetContent clean() {
        return new SheetContent(strip(groupName), blank(enjeu), blank(keyTitle), blank(objectives), blank(actions),
                blank(governanceLead), blank(governanceDoers), blank(governanceAssociated), blank(resources),
                blank(obstacles), feasibility, keyChantier, blank(authors));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
