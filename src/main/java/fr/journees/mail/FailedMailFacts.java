package fr.journees.mail;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;

/** Mails that could not be delivered, for the organisers to act on (a wrong address, a refused server). */
@Component
class FailedMailFacts implements DayFacts {

    private final MailService mails;

    FailedMailFacts(MailService mails) {
        this.mails = mails;
    }

    @Override
    public List<DayFact> ofSite() {
        int failed = mails.failedCount();
        return failed == 0 ? List.of() : List.of(DayFact.alert("home.fact.mails-failed", failed));
    }
}
