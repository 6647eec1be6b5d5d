package fr.journees.checkin;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.security.AccountChanged;

/** Once an account is anonymised, the volunteers' links it opened stop naming its old address. */
@Component
class ForgetAnonymisedCreators {

    private final CheckinLinkService links;

    ForgetAnonymisedCreators(CheckinLinkService links) {
        this.links = links;
    }

    @TransactionalEventListener
    void on(AccountChanged changed) {
        if (changed.kind() == AccountChanged.Kind.ANONYMISED && changed.formerEmail() != null) {
            links.forgetCreator(changed.formerEmail(), "compte n° " + changed.accountId());
        }
    }
}
