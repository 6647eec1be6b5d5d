package fr.journees.certificate;

import static fr.journees.db.Tables.CERTIFICATE_SENT;
import static fr.journees.db.Tables.CERTIFICATE_SETTINGS;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The certificate settings of each day: one row, created on first save. */
@Repository
class CertificateRepository {

    /** A signature image and its content type. */
    record Signature(byte[] image, String type) {
        String dataUri() {
            return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(image);
        }
    }

    private final DSLContext dsl;

    CertificateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<CertificateSettings> settings(long eventId) {
        return dsl.select(CERTIFICATE_SETTINGS.SIGNATORY_NAME, CERTIFICATE_SETTINGS.SIGNATORY_ROLE,
                        CERTIFICATE_SETTINGS.SIGNED_AT_PLACE).from(CERTIFICATE_SETTINGS)
                .where(CERTIFICATE_SETTINGS.EVENT_ID.eq(eventId))
                .fetchOptional(r -> new CertificateSettings(r.value1(), r.value2(), r.value3()));
    }

    Optional<Signature> signature(long eventId) {
        return dsl.select(CERTIFICATE_SETTINGS.SIGNATURE, CERTIFICATE_SETTINGS.SIGNATURE_TYPE).from(CERTIFICATE_SETTINGS)
                .where(CERTIFICATE_SETTINGS.EVENT_ID.eq(eventId).and(CERTIFICATE_SETTINGS.SIGNATURE.isNotNull()))
                .fetchOptional(r -> new Signature(r.value1(), r.value2()));
    }

    void saveSettings(long eventId, CertificateSettings settings) {
        dsl.insertInto(CERTIFICATE_SETTINGS, CERTIFICATE_SETTINGS.EVENT_ID, CERTIFICATE_SETTINGS.SIGNATORY_NAME,
                        CERTIFICATE_SETTINGS.SIGNATORY_ROLE, CERTIFICATE_SETTINGS.SIGNED_AT_PLACE)
                .values(eventId, settings.signatoryName(), settings.signatoryRole(), settings.signedAtPlace())
                .onDuplicateKeyUpdate()
                .set(CERTIFICATE_SETTINGS.SIGNATORY_NAME, settings.signatoryName())
                .set(CERTIFICATE_SETTINGS.SIGNATORY_ROLE, settings.signatoryRole())
                .set(CERTIFICATE_SETTINGS.SIGNED_AT_PLACE, settings.signedAtPlace())
                .set(CERTIFICATE_SETTINGS.VERSION, CERTIFICATE_SETTINGS.VERSION.plus(1))
                .execute();
    }

    void saveSignature(long eventId, byte[] image, String type) {
        dsl.insertInto(CERTIFICATE_SETTINGS, CERTIFICATE_SETTINGS.EVENT_ID, CERTIFICATE_SETTINGS.SIGNATURE,
                        CERTIFICATE_SETTINGS.SIGNATURE_TYPE)
                .values(eventId, image, type)
                .onDuplicateKeyUpdate()
                .set(CERTIFICATE_SETTINGS.SIGNATURE, image)
                .set(CERTIFICATE_SETTINGS.SIGNATURE_TYPE, type)
                .set(CERTIFICATE_SETTINGS.VERSION, CERTIFICATE_SETTINGS.VERSION.plus(1))
                .execute();
    }

    /** Records a certificate mailed to that registration; false when one had been before (the row is kept). */
    boolean markSent(long registrationId) {
        return dsl.insertInto(CERTIFICATE_SENT).set(CERTIFICATE_SENT.REGISTRATION_ID, registrationId)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    void markSentAgain(long registrationId) {
        dsl.insertInto(CERTIFICATE_SENT).set(CERTIFICATE_SENT.REGISTRATION_ID, registrationId)
                .onDuplicateKeyUpdate().set(CERTIFICATE_SENT.SENT_AT, java.time.LocalDateTime.now()).execute();
    }

    /** When each of those registrations was last mailed its certificate, by registration id. */
    java.util.Map<Long, java.time.LocalDateTime> sentAt(java.util.Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return dsl.select(CERTIFICATE_SENT.REGISTRATION_ID, CERTIFICATE_SENT.SENT_AT).from(CERTIFICATE_SENT)
                .where(CERTIFICATE_SENT.REGISTRATION_ID.in(registrationIds))
                .fetchMap(CERTIFICATE_SENT.REGISTRATION_ID, CERTIFICATE_SENT.SENT_AT);
    }
}
