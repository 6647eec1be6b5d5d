package fr.journees.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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

    // After commit, so the new capacity is visible; in a transaction of its own, as Spring requires there.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void promoteWhoNowFits(CapacityChanged change) {
        registrations.promoteWaitlist(change.eventId());
    }
}
