package fr.journees.security;

import java.util.List;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only writer of accounts and their roles. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public long create(NewAccount account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < 10) {
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
