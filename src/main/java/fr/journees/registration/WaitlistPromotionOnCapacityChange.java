package fr.journees.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.event.CapacityChanged;

/** When an organiser raises a capacity, those waiting who now fit are promoted (and told by e-mail). */
@Component
class WaitlistPromotionOnCapacityChange {

    private final RegistrationService registrations;

    WaitlistPromotionOnCapacityChange(RegistrationService registrations) {
        this.registrations = registrations;
    }

    // After commit, so the new capacity is visible; the promotion runs in transactions of its own.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void promoteWhoNowFits(CapacityChanged change) {
        registrations.promoteWaitlist(change.eventId());
    }
}
