package fr.journees.chantier;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything a group writes on a fiche chantier: the booklet's grid, the colour, the key flag, the authors. */
public record SheetContent(
        @NotBlank @Size(max = 200) String groupName,
        @Size(max = MAX_TEXT) String enjeu,
        @Size(max = 500) String keyTitle,
        @Size(max = MAX_TEXT) String objectives,
        @Size(max = MAX_TEXT) String actions,
        @Size(max = MAX_TEXT) String governanceLead,
        @Size(max = MAX_TEXT) String governanceDoers,
        @Size(max = MAX_TEXT) String governanceAssociated,
        @Size(max = MAX_TEXT) String resources,
        @Size(max = MAX_TEXT) String obstacles,
        @NotNull Feasibility feasibility,
        boolean keyChantier,
        @Size(max = 1000) String authors) {

    /** A TEXT column holds 65,535 bytes: 16,000 UTF-16 units are at most 48,000 bytes of UTF-8. */
    public static final int MAX_TEXT = 16_000;

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

    public SheetContent withAuthors(String newAuthors) {
        return new SheetContent(groupName, enjeu, keyTitle, objectives, actions, governanceLead, governanceDoers,
                governanceAssociated, resources, obstacles, feasibility, keyChantier, newAuthors);
    }

    /** Whether the author line is that one address and nothing else (a name beside it is not ours to cut). */
    public boolean authoredOnlyBy(String email) {
        return authors != null && fr.journees.base.EmailAddresses.normalise(authors).equals(email);
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
