package fr.journees.security;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
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
        return summarySelect()
                .from(ACCOUNT)
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .offset(offset).limit(limit)
                .fetch(mapping(AccountRepository::summaryOf));
    }

    public Optional<AccountSummary> summary(long accountId) {
        return summarySelect().from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOptional(mapping(AccountRepository::summaryOf));
    }

    private org.jooq.SelectSelectStep<org.jooq.Record9<Long, String, String, List<String>, Boolean, Boolean,
            LocalDateTime, Integer, Boolean>> summarySelect() {
        Field<List<String>> roles = multiset(select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_ROLE.ROLE))
                .convertFrom(r -> r.map(role -> role.value1()));
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, roles, ACCOUNT.ENABLED,
                ACCOUNT.MUST_CHANGE_PASSWORD, ACCOUNT.LAST_LOGIN_AT, ACCOUNT.VERSION,
                DSL.field(ACCOUNT.ANONYMISED_AT.isNotNull()));
    }

    private static AccountSummary summaryOf(Long id, String email, String name, List<String> roles, Boolean enabled,
                                            Boolean provisional, LocalDateTime lastLogin, Integer version,
                                            Boolean anonymised) {
        return new AccountSummary(id, email, name, roles, enabled, provisional, lastLogin, version, anonymised);
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    /** Enabled accounts holding the role, whose name or e-mail contains the filter, by name. */
    public List<AccountOption> options(String role, String filter, int offset, int limit) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL)
                .from(ACCOUNT)
                .where(optionCondition(role, filter))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .offset(offset).limit(limit)
                .fetch(mapping(AccountOption::new));
    }

    public int countOptions(String role, String filter) {
        return dsl.fetchCount(ACCOUNT, optionCondition(role, filter));
    }

    private static Condition optionCondition(String role, String filter) {
        var matches = filter == null || filter.isBlank() ? DSL.trueCondition()
                : ACCOUNT.DISPLAY_NAME.contains(filter.strip()).or(ACCOUNT.EMAIL.contains(filter.strip()));
        return ACCOUNT.ENABLED.isTrue().and(hasRole(role)).and(matches);
    }

    private static Condition hasRole(String role) {
        return DSL.exists(select(ACCOUNT_ROLE.ACCOUNT_ID).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID), ACCOUNT_ROLE.ROLE.eq(role)));
    }

    /** Of these accounts, the ones holding the role (enabled or not). */
    public Set<Long> withRole(Collection<Long> accountIds, String role) {
        return dsl.select(ACCOUNT_ROLE.ACCOUNT_ID).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.in(accountIds), ACCOUNT_ROLE.ROLE.eq(role))
                .fetchSet(ACCOUNT_ROLE.ACCOUNT_ID);
    }

    /**
     * Ids of the enabled organisers, their rows locked until the transaction ends: two organisers
     * demoting each other at the same moment are serialised, and the second sees the first's change.
     */
    Set<Long> lockEnabledOrganisers() {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT)
                .where(ACCOUNT.ENABLED.isTrue(), hasRole(Roles.ORGANISER))
                .forUpdate()
                .fetchSet(ACCOUNT.ID);
    }

    public long insert(NewAccount account, String passwordHash) {
        long id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, account.email())
                .set(ACCOUNT.DISPLAY_NAME, account.displayName())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, account.mustChangePassword())
                .returningResult(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
        insertRoles(id, account.roles());
        return id;
    }

    private void insertRoles(long accountId, Set<String> roles) {
        var insert = dsl.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE);
        for (var role : roles) {
            insert = insert.values(accountId, role);
        }
        insert.execute();
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

    /** The rows changed: 0 when the account is gone or was changed since {@code version} was read. */
    int updateOneTimePassword(long accountId, int version, String passwordHash) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, true)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.VERSION.eq(version))
                .execute();
    }

    int updateEnabled(long accountId, int version, boolean enabled) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.ENABLED, enabled)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.VERSION.eq(version))
                .execute();
    }

    /**
     * Removes the person from a disabled account: a placeholder login that is no address (".invalid"),
     * a neutral name, no password (an empty hash matches nothing), no person, no last login.
     */
    int anonymise(long accountId, int version, LocalDateTime now) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.EMAIL, "compte-" + accountId + "@anonyme.invalid")
                .set(ACCOUNT.DISPLAY_NAME, "Compte anonymisé n° " + accountId)
                .set(ACCOUNT.PASSWORD_HASH, "")
                .set(ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .setNull(ACCOUNT.PERSON_ID)
                .setNull(ACCOUNT.LAST_LOGIN_AT)
                .set(ACCOUNT.ANONYMISED_AT, now)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.VERSION.eq(version), ACCOUNT.ENABLED.isFalse(),
                        ACCOUNT.ANONYMISED_AT.isNull())
                .execute();
    }

    int updateDisplayName(long accountId, int version, String displayName) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.VERSION.eq(version))
                .execute();
    }

    void replaceRoles(long accountId, Set<String> roles) {
        dsl.deleteFrom(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId), ACCOUNT_ROLE.ROLE.notIn(roles))
                .execute();
        var insert = dsl.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE);
        for (var role : roles) {
            insert = insert.values(accountId, role);
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    public void recordLogin(String email) {
        dsl.update(ACCOUNT).set(ACCOUNT.LAST_LOGIN_AT, LocalDateTime.now())
                .where(ACCOUNT.EMAIL.eq(email)).execute();
    }
}
