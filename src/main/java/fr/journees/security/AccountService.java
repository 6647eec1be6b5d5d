package fr.journees.security;

import java.util.List;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only writer of accounts and their roles. */
@Service
public class AccountService {

    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public long create(NewAccount account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
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

    /** Replaces the password of the account after checking the current one; clears the one-time flag. */
    @Transactional
    public void changeOwnPassword(String email, String currentPassword, String newPassword) {
        var account = accounts.findCredentials(normaliseEmail(email))
                .orElseThrow(() -> new PasswordChangeRefused(PasswordChangeRefused.Reason.WRONG_CURRENT));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordChangeRefused(PasswordChangeRefused.Reason.WRONG_CURRENT);
        }
        if (newPassword == null || newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new PasswordChangeRefused(PasswordChangeRefused.Reason.TOO_SHORT);
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

    @Transactional
    public void recordLogin(String email) {
        accounts.recordLogin(normaliseEmail(email));
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
