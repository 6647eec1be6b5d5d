package fr.journees.sheets;

/** What heads every page: the day, its date and for whom the sheet is (a parcours, a workshop, all). */
public record SheetHeader(String title, String date, String scope, String colour) {
}
