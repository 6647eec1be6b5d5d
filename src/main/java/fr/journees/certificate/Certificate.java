package fr.journees.certificate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one certificate of attendance says: who was present (name, structure), at which day (title, date,
 * hours, place, organisers), since when, and who signs it.
 */
public record Certificate(String fullName, String organisation, String eventTitle, String date, String hours,
                          String venue, List<String> organisers, LocalDateTime checkedInAt, String arrival,
                          CertificateSettings signatory) {
}
