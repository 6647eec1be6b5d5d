package fr.journees.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.journees.registration.PersonalDataHandled;

/** Writes the participants' own downloads and erasures in the privacy log (numbers only). */
@Component
class PersonalDataLog {

    private final PrivacyService privacy;

    PersonalDataLog(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @EventListener
    void on(PersonalDataHandled handled) {
        privacy.log("participant", handled.erased() ? PrivacyAction.SELF_ERASURE : PrivacyAction.SELF_EXPORT,
                handled.eventId(), 1, handled.rows() - 1);
    }
}
