package fr.journees.report;

import java.time.LocalDate;
import java.util.List;

import fr.journees.funding.FundingTable;
import fr.journees.messaging.survey.SurveyResults;
import fr.journees.registration.Attendance;

/**
 * The funders' report of one day, every label already in the reader's language: what the day was,
 * who registered and who came by parcours, atelier, kind of structure and territory, what the
 * workshops produced, how the day was funded, the sign-in sheets to attach, and what the survey after
 * the day gave (its counts; the texts people typed stay in the back-office).
 */
public record Bilan(Day day, Attendance attendance, boolean attendanceRecorded, List<Line> byItinerary,
                    List<Line> byWorkshop, List<Line> byStructureKind, List<Line> byTerritory,
                    List<BanqueLine> banque, BanqueLine banqueTotal, FundingTable funding, List<Sheet> sheets,
                    SurveyResults survey) {

    public record Day(String slug, String title, String subtitle, LocalDate date, String hours, String venue,
                      List<String> organisers, List<String> partners) {
    }

    /**
     * One row of a count table; the bars are the counts as a share (0–100) of the table's largest
     * registered count, so that the longest bar fills the width.
     */
    public record Line(String label, int registered, int present, int registeredBar, int presentBar) {
    }

    /** The banque de projets of one workshop: its chantiers per feasibility colour. */
    public record BanqueLine(String workshop, int green, int orange, int red, int unknown) {

        public int total() {
            return green + orange + red + unknown;
        }
    }

    /** A sign-in sheet to attach: which one, and how many confirmed people it lists. */
    public record Sheet(String title, int expected) {
    }
}
