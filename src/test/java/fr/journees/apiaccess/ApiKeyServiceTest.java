package fr.journees.apiaccess;

import static fr.journees.db.Tables.API_KEY;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.event.EventStatus;
import fr.journees.security.AccountService;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.TestData;
import jakarta.validation.ConstraintViolationException;

@JourneesSpringTest
@Tag("database")
@Transactional
class ApiKeyServiceTest {

    @Autowired ApiKeyService service;
    @Autowired AccountService accounts;
    @Autowired DSLContext dsl;

    long organiserId;

    @BeforeEach
    void organiser() {
        organiserId = accounts.idOf("orga@journees.test").orElseThrow();
    }

    @Test
    void returns_the_secret_once_and_stores_only_its_sha256_and_prefix() throws Exception {
        var created = service.create(new ApiKeyDraft("  Site de la mairie  ", null), organiserId);

        assertThat(created.secret()).matches("jrn_[A-Za-z0-9_-]{40}");
        var row = dsl.selectFrom(API_KEY).where(API_KEY.ID.eq(created.id())).fetchOne();
        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(created.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.getSecretHash()).isEqualTo(sha256);
        assertThat(row.getPrefix()).isEqualTo(created.secret().substring(0, 12));
        assertThat(row.getName()).isEqualTo("Site de la mairie");
        assertThat(row.getCreatedBy()).isEqualTo(organiserId);
        var randomPart = created.secret().substring(4);
        assertThat(row.intoList()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(randomPart));
        assertThat(created.toString()).doesNotContain(randomPart);
    }

    @Test
    void two_keys_never_share_a_secret() {
        var first = service.create(new ApiKeyDraft("Premier", null), organiserId);
        var second = service.create(new ApiKeyDraft("Second", null), organiserId);
        assertThat(first.secret()).isNotEqualTo(second.secret());
    }

    @Test
    void authenticates_the_secret_as_its_key_and_scope() {
        long eventId = TestData.event(dsl, EventStatus.PUBLISHED);
        var created = service.create(new ApiKeyDraft("Agenda du quartier", eventId), organiserId);

        var client = service.authenticate(created.secret()).orElseThrow();

        assertThat(client).isEqualTo(new ApiClient(created.id(), "Agenda du quartier", eventId));
    }

    @Test
    void rejects_a_missing_blank_malformed_or_wrong_secret() {
        var created = service.create(new ApiKeyDraft("Tableau de bord", null), organiserId);
        var wrong = created.secret().substring(0, 43) + (created.secret().endsWith("A") ? "B" : "A");

        assertThat(service.authenticate(null)).isEmpty();
        assertThat(service.authenticate("")).isEmpty();
        assertThat(service.authenticate("   ")).isEmpty();
        assertThat(service.authenticate(created.secret().substring(4))).isEmpty();
        assertThat(service.authenticate(created.secret() + "x")).isEmpty();
        assertThat(service.authenticate(" " + created.secret())).isEmpty();
        assertThat(service.authenticate(wrong)).isEmpty();
    }

    @Test
    void a_revoked_key_is_refused_and_stays_listed_with_its_first_revocation_time() {
        var created = service.create(new ApiKeyDraft("Ancien partenaire", null), organiserId);
        assertThat(service.authenticate(created.secret())).isPresent();

        service.revoke(created.id());
        var revokedAt = view(created.id()).revokedAt();
        service.revoke(created.id());

        assertThat(service.authenticate(created.secret())).isEmpty();
        var key = view(created.id());
        assertThat(key.active()).isFalse();
        assertThat(key.revokedAt()).isNotNull().isEqualTo(revokedAt);
    }

    @Test
    void revoking_an_unknown_key_does_nothing() {
        service.revoke(-1);
    }

    @Test
    void records_the_last_use_at_most_once_a_minute() {
        var created = service.create(new ApiKeyDraft("Appelé souvent", null), organiserId);
        assertThat(view(created.id()).lastUsedAt()).isNull();

        service.authenticate(created.secret());
        var first = view(created.id()).lastUsedAt();
        assertThat(first).isCloseTo(LocalDateTime.now(), within(5, ChronoUnit.SECONDS));

        var thirtySecondsAgo = LocalDateTime.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS);
        setLastUse(created.id(), thirtySecondsAgo);
        service.authenticate(created.secret());
        assertThat(view(created.id()).lastUsedAt()).isEqualTo(thirtySecondsAgo);

        setLastUse(created.id(), LocalDateTime.now().minusMinutes(2));
        service.authenticate(created.secret());
        assertThat(view(created.id()).lastUsedAt()).isCloseTo(LocalDateTime.now(), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void lists_keys_newest_first_with_their_scope_and_creator() {
        long eventId = TestData.event(dsl, EventStatus.PUBLISHED);
        var title = dsl.select(EVENT.TITLE).from(EVENT).where(EVENT.ID.eq(eventId)).fetchOne(EVENT.TITLE);
        var older = service.create(new ApiKeyDraft("Toutes les journées", null), organiserId);
        var newer = service.create(new ApiKeyDraft("Une journée", eventId), organiserId);

        var all = service.all();

        assertThat(all).extracting(ApiKeyView::id).containsSubsequence(newer.id(), older.id());
        var scoped = view(newer.id());
        assertThat(scoped.eventId()).isEqualTo(eventId);
        assertThat(scoped.eventTitle()).isEqualTo(title);
        assertThat(scoped.createdBy()).isNotBlank();
        assertThat(scoped.prefix()).isEqualTo(newer.secret().substring(0, 12));
        assertThat(scoped.active()).isTrue();
        assertThat(view(older.id()).eventTitle()).isNull();
    }

    @Test
    void deleting_its_event_deletes_a_scoped_key() {
        long eventId = TestData.event(dsl, EventStatus.DRAFT);
        var created = service.create(new ApiKeyDraft("Éphémère", eventId), organiserId);

        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();

        assertThat(service.authenticate(created.secret())).isEmpty();
        assertThat(service.all()).extracting(ApiKeyView::id).doesNotContain(created.id());
    }

    @Test
    void refuses_a_key_without_a_name_or_with_a_name_too_long_or_for_an_unknown_event() {
        assertThatThrownBy(() -> service.create(new ApiKeyDraft("  ", null), organiserId))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new ApiKeyDraft("x".repeat(101), null), organiserId))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.create(new ApiKeyDraft("Perdue", -1L), organiserId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ApiKeyView view(long id) {
        return service.all().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }

    private void setLastUse(long id, LocalDateTime when) {
        dsl.update(API_KEY).set(API_KEY.LAST_USED_AT, when).where(API_KEY.ID.eq(id)).execute();
    }
}
