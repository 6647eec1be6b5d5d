package fr.journees.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.journees.chantier.AuthorLine;
import fr.journees.mail.OutboxMail;
import fr.journees.registration.PersonalData;
import fr.journees.security.AccountSummary;

/**
 * Everything held about one e-mail address across all days: its registrations (with their mails), the
 * other mails to it in the outbox, the fiches whose author line is that address alone, and the account
 * logging in with it. The keys of {@link #asMap()} are the same in the JSON and the HTML export.
 */
public record PersonHeld(String email, List<HeldRegistration> registrations, List<OutboxMail> otherMails,
                         List<AuthorLine> fiches, Optional<AccountSummary> account) {

    public boolean nothing() {
        return registrations.isEmpty() && otherMails.isEmpty() && fiches.isEmpty() && account.isEmpty();
    }

    public Counts counts() {
        int mails = otherMails.size() + registrations.stream().mapToInt(r -> r.data().mails().size()).sum();
        return new Counts(registrations.size(), mails, fiches.size());
    }

    public Map<String, Object> asMap() {
        var held = new LinkedHashMap<String, Object>();
        held.put("email", email);
        held.put("registrations", registrations.stream().map(r -> {
            var day = new LinkedHashMap<String, Object>();
            day.put("day", r.dayTitle());
            day.put("date", text(r.dayDate()));
            day.putAll(r.data().asMap());
            return day;
        }).toList());
        held.put("mails", otherMails.stream().map(PersonalData::mail).toList());
        held.put("fiches", fiches.stream().map(f -> {
            var fiche = new LinkedHashMap<String, Object>();
            fiche.put("day", f.eventTitle());
            fiche.put("date", text(f.eventDate()));
            fiche.put("workshop", f.workshopTitle());
            fiche.put("group", f.groupName());
            fiche.put("authors", f.authors());
            return fiche;
        }).toList());
        account.ifPresent(a -> {
            var login = new LinkedHashMap<String, Object>();
            login.put("displayName", a.displayName());
            login.put("email", a.email());
            login.put("roles", String.join(", ", a.roles()));
            login.put("enabled", a.enabled());
            login.put("lastLoginAt", text(a.lastLoginAt()));
            held.put("account", login);
        });
        return held;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
