package fr.journees.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import fr.journees.base.EmailAddresses;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.mail.MailService;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccountService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The organisers' tools on one person, found by e-mail across all days: what is held, its export, its
 * erasure everywhere. Each feature erases its own rows (registrations through {@link RegistrationService},
 * so that places are freed and the waiting list promoted); every action is logged here, in numbers, with
 * the organiser's reason, never with the address.
 */
@Service
@Validated
public class PeopleData {

    /** What a fiche's author line becomes when it was only the erased person's address. */
    public static final String ERASED_AUTHOR = "Auteur·rice effacé·e";
    static final String ERASED_IN_REASON = "[adresse effacée]";

    private final RegistrationService registrations;
    private final MailService mails;
    private final ChantierService chantier;
    private final AccountService accounts;
    private final EventService events;
    private final PrivacyService privacy;

    PeopleData(RegistrationService registrations, MailService mails, ChantierService chantier,
               AccountService accounts, EventService events, PrivacyService privacy) {
        this.registrations = registrations;
        this.mails = mails;
        this.chantier = chantier;
        this.accounts = accounts;
        this.events = events;
        this.privacy = privacy;
    }

    /** What is held under that address (exact, case-insensitive), to show; not logged (nothing leaves). */
    public PersonHeld find(String email) {
        var address = EmailAddresses.normalise(email);
        var held = registrations.personalDataOf(address).stream().map(data -> {
            var header = events.header(data.registration().eventId());
            return new HeldRegistration(data.registration().eventId(),
                    header.map(h -> h.title()).orElse(""), header.map(h -> h.date()).orElse(null), data);
        }).toList();
        return new PersonHeld(address, held, mails.forRecipientAlone(address), chantier.authorLinesOnly(address),
                accounts.byEmail(address));
    }

    /** The same, handed out as a file by an organiser: logged with its counts. */
    public PersonHeld export(String actor, String email) {
        var held = find(email);
        privacy.log(actor, PrivacyAction.PERSON_EXPORT, held.counts(), null);
        return held;
    }

    /**
     * Erases the person everywhere: each registration as the participant would (place freed, waiting list
     * promoted, its mails deleted), every other mail to the address, the fiche author lines that are only
     * the address. The account, if any, is left to the accounts view (deactivate, then anonymise). Logged
     * with what was done even if a step fails; running it again finishes the work.
     */
    public Counts erase(String actor, String email, @NotBlank @Size(max = 500) String reason) {
        var address = EmailAddresses.normalise(email);
        int erased = 0;
        int purged = 0;
        int fiches = 0;
        try {
            for (var data : registrations.personalDataOf(address)) {
                purged += registrations.eraseByOrganiser(data.registration().id()) - 1;
                erased++;
            }
            purged += mails.purgeRecipient(address);
            fiches = chantier.replaceAuthorLines(address, ERASED_AUTHOR);
        } finally {
            privacy.log(actor, PrivacyAction.PERSON_ERASURE, new Counts(erased, purged, fiches),
                    withoutAddress(reason.strip(), address));
        }
        return new Counts(erased, purged, fiches);
    }

    /** The reason is kept; the address, if the organiser typed it there, is not. */
    static String withoutAddress(String reason, String address) {
        return Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(reason)
                .replaceAll(Matcher.quoteReplacement(ERASED_IN_REASON));
    }
}
