package fr.journees.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.journees.mail.OutboxMail;

/**
 * Everything held about one participant: their registration, every column that holds something of
 * them, their answers to the day's own questions (question → answer as shown), and the mails kept for
 * them in the outbox. The keys are the same in the JSON and the HTML page.
 */
public record PersonalData(RegistrationView registration, List<OutboxMail> mails, Map<String, String> answers) {

    public PersonalData(RegistrationView registration, List<OutboxMail> mails) {
        this(registration, mails, Map.of());
    }

    public Map<String, Object> asMap() {
        var r = registration;
        var held = new LinkedHashMap<String, Object>();
        held.put("firstName", r.firstName());
        held.put("lastName", r.lastName());
        held.put("email", r.email());
        held.put("phone", r.phone());
        held.put("organisation", r.organisation());
        held.put("function", r.function());
        held.put("territory", r.territory());
        held.put("status", r.status().name());
        held.put("waitlistPosition", r.waitlistPosition());
        held.put("itinerary", r.itineraryName());
        held.put("workshop", r.workshopTitle());
        held.put("lunch", r.lunch());
        held.put("dietaryNeeds", r.dietaryNeeds());
        held.put("accessibilityNeeds", r.accessibilityNeeds());
        held.put("language", r.language());
        held.put("registeredAt", text(r.createdAt()));
        held.put("checkinCode", r.checkinCode());
        held.put("checkedInAt", text(r.checkedInAt()));
        held.put("consentDataAt", text(r.consent().dataAt()));
        held.put("consentPhotos", r.consentPhotos());
        held.put("consentPhotosAt", text(r.consent().photosAt()));
        held.put("consentNoticeVersion", r.consent().noticeVersion());
        held.put("personalLinkToken", r.token());
        if (!answers.isEmpty()) {
            held.put("answers", answers);
        }
        held.put("mails", mails.stream().map(PersonalData::mail).toList());
        return held;
    }

    /** A mail kept for a person, as every export shows it. */
    public static Map<String, Object> mail(OutboxMail m) {
        var mail = new LinkedHashMap<String, Object>();
        mail.put("createdAt", text(m.createdAt()));
        mail.put("sentAt", text(m.sentAt()));
        mail.put("recipient", m.recipient());
        mail.put("subject", m.subject());
        mail.put("text", m.text());
        return mail;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
