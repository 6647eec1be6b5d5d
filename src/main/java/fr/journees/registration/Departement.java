package fr.journees.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A French département by its official code, shown as "Pyrénées-Atlantiques (64)". */
public record Departement(String code, String name) {

    /** The 101 codes: 01–19, 2A, 2B, 21–95, 971–974, 976 (the database checks the same list). */
    public static final String CODE_PATTERN = "0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46]";

    public String label() {
        return name + " (" + code + ")";
    }

    /** Whether a code is one of the 101 départements (what the database's check accepts too). */
    public static boolean isCode(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Departement> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The 101 départements in the order of their codes, overseas ones last. */
    public static final List<Departement> ALL = List.of(
            d("01", "Ain"), d("02", "Aisne"), d("03", "Allier"), d("04", "Alpes-de-Haute-Provence"),
            d("05", "Hautes-Alpes"), d("06", "Alpes-Maritimes"), d("07", "Ardèche"), d("08", "Ardennes"),
            d("09", "Ariège"), d("10", "Aube"), d("11", "Aude"), d("12", "Aveyron"), d("13", "Bouches-du-Rhône"),
            d("14", "Calvados"), d("15", "Cantal"), d("16", "Charente"), d("17", "Charente-Maritime"),
            d("18", "Cher"), d("19", "Corrèze"), d("2A", "Corse-du-Sud"), d("2B", "Haute-Corse"),
            d("21", "Côte-d’Or"), d("22", "Côtes-d’Armor"), d("23", "Creuse"), d("24", "Dordogne"), d("25", "Doubs"),
            d("26", "Drôme"), d("27", "Eure"), d("28", "Eure-et-Loir"), d("29", "Finistère"), d("30", "Gard"),
            d("31", "Haute-Garonne"), d("32", "Gers"), d("33", "Gironde"), d("34", "Hérault"),
            d("35", "Ille-et-Vilaine"), d("36", "Indre"), d("37", "Indre-et-Loire"), d("38", "Isère"), d("39", "Jura"),
            d("40", "Landes"), d("41", "Loir-et-Cher"), d("42", "Loire"), d("43", "Haute-Loire"),
            d("44", "Loire-Atlantique"), d("45", "Loiret"), d("46", "Lot"), d("47", "Lot-et-Garonne"),
            d("48", "Lozère"), d("49", "Maine-et-Loire"), d("50", "Manche"), d("51", "Marne"), d("52", "Haute-Marne"),
            d("53", "Mayenne"), d("54", "Meurthe-et-Moselle"), d("55", "Meuse"), d("56", "Morbihan"),
            d("57", "Moselle"), d("58", "Nièvre"), d("59", "Nord"), d("60", "Oise"), d("61", "Orne"),
            d("62", "Pas-de-Calais"), d("63", "Puy-de-Dôme"), d("64", "Pyrénées-Atlantiques"),
            d("65", "Hautes-Pyrénées"), d("66", "Pyrénées-Orientales"), d("67", "Bas-Rhin"), d("68", "Haut-Rhin"),
            d("69", "Rhône"), d("70", "Haute-Saône"), d("71", "Saône-et-Loire"), d("72", "Sarthe"), d("73", "Savoie"),
            d("74", "Haute-Savoie"), d("75", "Paris"), d("76", "Seine-Maritime"), d("77", "Seine-et-Marne"),
            d("78", "Yvelines"), d("79", "Deux-Sèvres"), d("80", "Somme"), d("81", "Tarn"), d("82", "Tarn-et-Garonne"),
            d("83", "Var"), d("84", "Vaucluse"), d("85", "Vendée"), d("86", "Vienne"), d("87", "Haute-Vienne"),
            d("88", "Vosges"), d("89", "Yonne"), d("90", "Territoire de Belfort"), d("91", "Essonne"),
            d("92", "Hauts-de-Seine"), d("93", "Seine-Saint-Denis"), d("94", "Val-de-Marne"), d("95", "Val-d’Oise"),
            d("971", "Guadeloupe"), d("972", "Martinique"), d("973", "Guyane"), d("974", "La Réunion"),
            d("976", "Mayotte"));

    private static final Map<String, Departement> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Departement::code, Function.identity()));

    private static Departement d(String code, String name) {
        return new Departement(code, name);
    }
}
