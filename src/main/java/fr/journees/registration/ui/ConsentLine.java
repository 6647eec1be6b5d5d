package fr.journees.registration.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Paragraph;

import fr.journees.registration.RegistrationConsent;

/** What the participant consented to, when, and on which version of the privacy notice, for the organiser. */
final class ConsentLine extends Paragraph {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    ConsentLine(RegistrationConsent consent) {
        setId("registration-consent-record");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (consent.dataAt() == null) {
            setText(getTranslation("registration.consent.unknown"));
        } else {
            setText(getTranslation("registration.consent.record", AT.format(consent.dataAt()), consent.noticeVersion(),
                    consent.photosAt() == null ? getTranslation("registration.consent.noPhotos")
                            : getTranslation("registration.consent.photos", AT.format(consent.photosAt()))));
        }
    }
}
