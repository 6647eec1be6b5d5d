package fr.journees.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.security.AccountChanged;

/** Once an account is anonymised, the arrivals and closures it recorded stop naming its old address. */
@Component
class ForgetAnonymisedRecorders {

    private final AttendanceService attendance;

    ForgetAnonymisedRecorders(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @TransactionalEventListener
    void on(AccountChanged changed) {
        if (changed.kind() == AccountChanged.Kind.ANONYMISED && changed.formerEmail() != null) {
            attendance.forgetRecorder(changed.formerEmail(), "compte n° " + changed.accountId());
        }
    }
}
