package fr.journees.registration;

/** How many registered (confirmed), waited, cancelled, and came (checked in) — over one day or several. */
public record Attendance(int confirmed, int waitlisted, int cancelled, int present) {
}
