package fr.journees.apiaccess;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The only writer of API keys. A key's secret is generated here, returned once and never stored:
 * the database keeps its SHA-256, so a leaked table gives no working key.
 */
@Service
@Validated
public class ApiKeyService {

    /** How stale last_used_at may be: an API client calling in a loop must not cause a write per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;

    ApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /** Creates a key for the event (or every event when the draft names none); its secret is in the result only. */
    @Transactional
    public CreatedApiKey create(@Valid ApiKeyDraft draft, long createdByAccountId) {
        if (draft.eventId() != null && !keys.eventExists(draft.eventId())) {
            throw new IllegalArgumentException("No event " + draft.eventId());
        }
        var secret = ApiSecrets.generate();
        long id = keys.insert(draft.name().strip(), ApiSecrets.prefix(secret), ApiSecrets.hash(secret),
                draft.eventId(), createdByAccountId, LocalDateTime.now());
        return new CreatedApiKey(id, secret);
    }

    /** Every key, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> all() {
        return keys.all();
    }

    /** From now on the key's secret is refused; revoking twice keeps the first time. */
    @Transactional
    public void revoke(long id) {
        keys.revoke(id, LocalDateTime.now());
    }

    /**
     * The client behind a presented secret, or empty when it is missing, malformed, unknown or revoked.
     * Records the key's use, at most once a minute.
     */
    @Transactional
    public Optional<ApiClient> authenticate(String presentedSecret) {
        if (!ApiSecrets.plausible(presentedSecret)) {
            return Optional.empty();
        }
        return keys.findActive(ApiSecrets.hash(presentedSecret)).map(key -> {
            var now = LocalDateTime.now();
            var notBefore = now.minus(LAST_USE_PRECISION);
            if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(notBefore)) {
                keys.recordUse(key.id(), now, notBefore);
            }
            return new ApiClient(key.id(), key.name(), key.eventId());
        });
    }
}
