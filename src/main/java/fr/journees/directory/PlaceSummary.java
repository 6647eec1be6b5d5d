package fr.journees.directory;

/** One line of the places directory; factCount is the number of "Le saviez-vous ?" texts. */
public record PlaceSummary(long id, String name, String shortName, String address, boolean located, int factCount) {
}
