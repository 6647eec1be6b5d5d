package fr.journees.messaging;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.security.AccountChanged;

/** Once an account is anonymised, the messages it sent stop naming its old address. */
@Component
class ForgetAnonymisedSenders {

    private final MessagingService messaging;

    ForgetAnonymisedSenders(MessagingService messaging) {
        this.messaging = messaging;
    }

    @TransactionalEventListener
    void on(AccountChanged changed) {
        if (changed.kind() == AccountChanged.Kind.ANONYMISED && changed.formerEmail() != null) {
            messaging.forgetSender(changed.formerEmail(), "compte n° " + changed.accountId());
        }
    }
}
