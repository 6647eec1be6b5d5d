package fr.journees.event;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Readable URL names for events: "Visite du quartier…" on 3 Oct 2024 → "visite-du-quartier-…-2024". */
public final class Slugs {

    static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    public static String of(String title, LocalDate date) {
        var plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        var year = date == null ? "" : String.valueOf(date.getYear());
        var room = MAX_LENGTH - year.length() - 1;
        if (plain.length() > room) {
            plain = plain.substring(0, room).replaceAll("-+$", "");
        }
        if (plain.isEmpty()) {
            return year.isEmpty() ? "journee" : "journee-" + year;
        }
        return year.isEmpty() || plain.endsWith(year) ? plain : plain + "-" + year;
    }
}
