package fr.journees.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.registration.PersonalDataHandled;
import fr.journees.security.AccountChanged;

/** Writes the participants' own downloads and erasures, and the accounts' changes, in the privacy log. */
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

    /** After the change committed: a refused or rolled-back change is not logged. */
    @TransactionalEventListener
    void on(AccountChanged changed) {
        var action = switch (changed.kind()) {
            case DISABLED -> PrivacyAction.ACCOUNT_DISABLED;
            case ENABLED -> PrivacyAction.ACCOUNT_ENABLED;
            case ANONYMISED -> PrivacyAction.ACCOUNT_ANONYMISED;
        };
        privacy.log(changed.actorEmail(), action, Counts.NONE, null);
        if (changed.formerEmail() != null) {
            privacy.forgetActor(changed.formerEmail(), "compte n° " + changed.accountId());
        }
    }
}
