package fr.journees.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.base.EmailAddresses;
import fr.journees.security.AccountChangeRefused.Reason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The only writer of accounts and their roles. Organisers manage the others' accounts here; whoever
 * acts is named by their login e-mail, so that nobody locks themself out and at least one enabled
 * organiser always remains.
 */
@Service
@Validated
public class AccountService {

    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginFailureRepository loginFailures;
    private final ApplicationEventPublisher publisher;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginFailureRepository loginFailures,
                   ApplicationEventPublisher publisher) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.loginFailures = loginFailures;
        this.publisher = publisher;
    }

    @Transactional
    public long create(NewAccount account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
        }
        if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            throw new IllegalArgumentException("A password holds at most 72 bytes (BCrypt reads no further)");
        }
        var normalised = new NewAccount(normaliseEmail(account.email()), account.displayName().strip(),
                account.roles(), account.mustChangePassword());
        return accounts.insert(normalised, passwordEncoder.encode(rawPassword));
    }

    /** Creates the account unless one with this e-mail exists; returns its id either way. */
    @Transactional
    public long ensure(NewAccount account, String rawPassword) {
        return accounts.findIdByEmail(normaliseEmail(account.email()))
                .orElseGet(() -> create(account, rawPassword));
    }

    /**
     * Creates the account with a generated password, returned once so that the organiser can pass it
     * on; its owner must replace it at first login.
     */
    @Transactional
    public OneTimePassword createWithOneTimePassword(@Valid AccountDraft draft) {
        var email = normaliseEmail(draft.email());
        if (accounts.findIdByEmail(email).isPresent()) {
            throw new AccountChangeRefused(Reason.EMAIL_TAKEN);
        }
        var password = OneTimePasswords.generate();
        try {
            long id = accounts.insert(new NewAccount(email, draft.displayName().strip(), Set.copyOf(draft.roles()),
                    true), passwordEncoder.encode(password));
            return new OneTimePassword(id, email, password);
        } catch (DuplicateKeyException sameEmailMeanwhile) {
            throw new AccountChangeRefused(Reason.EMAIL_TAKEN);
        }
    }

    /** Changes the display name and the roles; the e-mail is the login and stays. */
    @Transactional
    public void update(String actorEmail, long accountId, int version,
                       @NotBlank @Size(max = 200) String displayName,
                       @NotEmpty Set<@Pattern(regexp = Roles.ORGANISER + "|" + Roles.FACILITATOR) String> roles) {
        if (!roles.contains(Roles.ORGANISER)) {
            if (isSelf(actorEmail, accountId)) {
                throw new AccountChangeRefused(Reason.SELF_ORGANISER_ROLE);
            }
            requireAnotherEnabledOrganiser(accountId);
        }
        requireUnchanged(accounts.updateDisplayName(accountId, version, displayName.strip()), accountId);
        accounts.replaceRoles(accountId, Set.copyOf(roles));
    }

    /** A disabled account cannot log in; its workshops and history stay. */
    @Transactional
    public void setEnabled(String actorEmail, long accountId, int version, boolean enabled) {
        if (!enabled) {
            if (isSelf(actorEmail, accountId)) {
                throw new AccountChangeRefused(Reason.SELF_DISABLE);
            }
            requireAnotherEnabledOrganiser(accountId);
        } else if (accounts.summary(accountId).map(AccountSummary::anonymised).orElse(false)) {
            throw new AccountChangeRefused(Reason.ANONYMISED);
        }
        requireUnchanged(accounts.updateEnabled(accountId, version, enabled), accountId);
        publisher.publishEvent(new AccountChanged(actorEmail, accountId, null,
                enabled ? AccountChanged.Kind.ENABLED : AccountChanged.Kind.DISABLED));
    }

    /**
     * Removes the person from a disabled account (name, login, password, failed logins under that
     * address); the account stays, so that the sheets and workshops it signed keep their author.
     */
    @Transactional
    public void anonymise(String actorEmail, long accountId, int version) {
        var account = accounts.summary(accountId).orElseThrow(() -> stale(accountId));
        if (account.anonymised()) {
            return;
        }
        if (account.enabled()) {
            throw new AccountChangeRefused(Reason.STILL_ENABLED);
        }
        requireUnchanged(accounts.anonymise(accountId, version, java.time.LocalDateTime.now()), accountId);
        loginFailures.deleteForEmail(account.email());
        publisher.publishEvent(new AccountChanged(actorEmail, accountId, account.email(),
                AccountChanged.Kind.ANONYMISED));
    }

    /** The account that logs in with this e-mail, for an organiser's search of a person. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.findIdByEmail(normaliseEmail(email)).flatMap(accounts::summary);
    }

    /** Replaces the password by a generated one, returned once, to be changed at the next login. */
    @Transactional
    public OneTimePassword resetPassword(long accountId, int version) {
        var account = accounts.summary(accountId).orElseThrow(() -> stale(accountId));
        var password = OneTimePasswords.generate();
        requireUnchanged(accounts.updateOneTimePassword(accountId, version, passwordEncoder.encode(password)),
                accountId);
        return new OneTimePassword(accountId, account.email(), password);
    }

    /** Replaces the password of the account after checking the current one; clears the one-time flag. */
    @Transactional
    public void changeOwnPassword(String email, String currentPassword, String newPassword) {
        var account = accounts.findCredentials(normaliseEmail(email))
                .orElseThrow(() -> new PasswordChangeRefused(PasswordChangeRefused.Reason.WRONG_CURRENT));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordChangeRefused(PasswordChangeRefused.Reason.WRONG_CURRENT);
        }
        var refusal = PasswordPolicy.refusal(newPassword, account.email());
        if (refusal.isPresent()) {
            throw new PasswordChangeRefused(refusal.get());
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordChangeRefused(PasswordChangeRefused.Reason.SAME_AS_CURRENT);
        }
        accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword));
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String email) {
        return accounts.mustChangePassword(normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> page(int offset, int limit) {
        return accounts.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return accounts.count();
    }

    /** The id of the account that logs in with this e-mail (the principal name of the logged-in user). */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String email) {
        return accounts.findIdByEmail(normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> summary(long accountId) {
        return accounts.summary(accountId);
    }

    /** Enabled facilitators whose name or e-mail contains the filter, for a lazy picker. */
    @Transactional(readOnly = true)
    public List<AccountOption> facilitators(String filter, int offset, int limit) {
        return accounts.options(Roles.FACILITATOR, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countFacilitators(String filter) {
        return accounts.countOptions(Roles.FACILITATOR, filter);
    }

    /** Whether every one of these accounts holds the FACILITATOR role. */
    @Transactional(readOnly = true)
    public boolean areFacilitators(Set<Long> accountIds) {
        return accountIds.isEmpty() || accounts.withRole(accountIds, Roles.FACILITATOR).containsAll(accountIds);
    }

    @Transactional
    public void recordLogin(String email) {
        accounts.recordLogin(normaliseEmail(email));
    }

    private boolean isSelf(String actorEmail, long accountId) {
        return accounts.findIdByEmail(normaliseEmail(actorEmail)).map(id -> id == accountId).orElse(false);
    }

    /** Checked under the lock of the organisers' rows, so that two concurrent demotions cannot both pass. */
    private void requireAnotherEnabledOrganiser(long accountId) {
        var organisers = accounts.lockEnabledOrganisers();
        if (organisers.contains(accountId) && organisers.size() == 1) {
            throw new AccountChangeRefused(Reason.LAST_ORGANISER);
        }
    }

    private static void requireUnchanged(int rowsUpdated, long accountId) {
        if (rowsUpdated == 0) {
            throw stale(accountId);
        }
    }

    private static OptimisticLockingFailureException stale(long accountId) {
        return new OptimisticLockingFailureException("Account " + accountId + " was changed or deleted meanwhile");
    }

    static String normaliseEmail(String email) {
        return EmailAddresses.normalise(email);
    }
}
