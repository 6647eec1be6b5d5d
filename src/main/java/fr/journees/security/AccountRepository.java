package fr.journees.security;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AccountCredentials> findCredentials(String email) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.PASSWORD_HASH, ACCOUNT.ENABLED)
                .from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(r -> new AccountCredentials(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        roles(r.value1())));
    }

    public Optional<Long> findIdByEmail(String email) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOptional(ACCOUNT.ID);
    }

    public Set<String> roles(long accountId) {
        return dsl.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .fetchSet(ACCOUNT_ROLE.ROLE);
    }

    public List<AccountSummary> page(int offset, int limit) {
        var roles = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_ROLE.ROLE))
                .convertFrom(r -> r.map(role -> role.value1()));
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, roles, ACCOUNT.ENABLED, ACCOUNT.LAST_LOGIN_AT)
                .from(ACCOUNT)
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .offset(offset).limit(limit)
                .fetch(mapping(AccountSummary::new));
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    public long insert(NewAccount account, String passwordHash) {
        long id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, account.email())
                .set(ACCOUNT.DISPLAY_NAME, account.displayName())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, account.mustChangePassword())
                .returningResult(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
        var insert = dsl.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE);
        for (var role : account.roles()) {
            insert = insert.values(id, role);
        }
        insert.execute();
        return id;
    }

    public boolean mustChangePassword(String email) {
        return Boolean.TRUE.equals(dsl.select(ACCOUNT.MUST_CHANGE_PASSWORD).from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email)).fetchOne(ACCOUNT.MUST_CHANGE_PASSWORD));
    }

    void updatePassword(long accountId, String passwordHash) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    public void recordLogin(String email) {
        dsl.update(ACCOUNT).set(ACCOUNT.LAST_LOGIN_AT, LocalDateTime.now())
                .where(ACCOUNT.EMAIL.eq(email)).execute();
    }

}
