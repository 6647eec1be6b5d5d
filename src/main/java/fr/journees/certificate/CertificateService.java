package fr.journees.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

import fr.journees.event.EventBranding;
import fr.journees.event.EventDetails;
import fr.journees.event.EventService;
import fr.journees.event.OrganisationRole;
import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;

/**
 * Certificates of attendance: one for each participant checked in at the door, none for anyone else
 * (the door's record is the proof). The only writer of the certificate settings.
 */
@Service
@Validated
public class CertificateService {

    private final CertificateRepository repository;
    private final CertificatePdfExporter exporter;
    private final RegistrationService registrations;
    private final EventService events;
    private final MessageSource messages;
    private final CertificateMails mails;
    private final TransactionTemplate eachMail;

    /** A participant checked in, and when their certificate was last mailed (null: never). */
    public record Attendee(long registrationId, String fullName, String email, LocalDateTime mailedAt) {
    }

    CertificateService(CertificateRepository repository, CertificatePdfExporter exporter,
                       RegistrationService registrations, EventService events, MessageSource messages,
                       CertificateMails mails, PlatformTransactionManager transactions) {
        this.mails = mails;
        this.eachMail = new TransactionTemplate(transactions);
        this.repository = repository;
        this.exporter = exporter;
        this.registrations = registrations;
        this.events = events;
        this.messages = messages;
    }

    /** The participant's own certificate, in their language; empty when they were not checked in. */
    @Transactional(readOnly = true)
    public Optional<byte[]> forParticipant(String token) {
        return registrations.byToken(token).filter(RegistrationView::attended).flatMap(r ->
                events.details(r.eventId()).map(event -> {
                    var locale = Locale.forLanguageTag(r.language());
                    return pdf(event, List.of(r), locale);
                }));
    }

    /** Every certificate of the day in one PDF, a page each, in alphabetical order; empty when nobody was present. */
    @Transactional(readOnly = true)
    public Optional<byte[]> forDay(long eventId, Locale locale) {
        var present = present(eventId);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        return events.details(eventId).map(event -> pdf(event, present, locale));
    }

    @Transactional(readOnly = true)
    public int presentCount(long eventId) {
        return present(eventId).size();
    }

    /** Everyone present, with whether their certificate went by mail, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(long eventId) {
        var present = present(eventId);
        var mailed = repository.sentAt(present.stream().map(RegistrationView::id).toList());
        return present.stream().map(r -> new Attendee(r.id(), r.fullName(), r.email(), mailed.get(r.id()))).toList();
    }

    /**
     * Mails each participant present their certificate, except those who already had it by mail: a second
     * click sends nothing twice. Each mail in its own transaction with its record; returns how many went.
     */
    public int mailAll(long eventId) {
        var event = events.details(eventId).orElse(null);
        if (event == null) {
            return 0;
        }
        int queued = 0;
        for (var r : present(eventId).stream().filter(r -> r.email().contains("@")).toList()) {
            if (Boolean.TRUE.equals(eachMail.execute(tx -> repository.markSent(r.id()) && queue(event, r)))) {
                queued++;
            }
        }
        return queued;
    }

    /** Mails that participant their certificate again, on request; false when they were not checked in at that day. */
    @Transactional
    public boolean mailTo(long eventId, long registrationId) {
        var registration = registrations.byId(registrationId)
                .filter(r -> r.eventId() == eventId && r.attended() && r.email().contains("@"));
        var event = events.details(eventId);
        if (registration.isEmpty() || event.isEmpty()) {
            return false;
        }
        repository.markSentAgain(registrationId);
        return queue(event.get(), registration.get());
    }

    private boolean queue(EventDetails event, RegistrationView r) {
        var locale = Locale.forLanguageTag(r.language());
        mails.queue(r, event, date(event, locale), pdf(event, List.of(r), locale), locale);
        return true;
    }

    /** The certificate mail that participant was last sent, as their personal page lists it; none if never. */
    @Transactional(readOnly = true)
    public Optional<ParticipantMessages.Received> mailedTo(RegistrationView r) {
        var sentAt = repository.sentAt(List.of(r.id())).get(r.id());
        var locale = Locale.forLanguageTag(r.language());
        return sentAt == null ? Optional.empty()
                : events.details(r.eventId())
                        .map(event -> mails.received(r, event, date(event, locale), sentAt, locale));
    }

    private static String date(EventDetails event, Locale locale) {
        return event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    @Transactional(readOnly = true)
    public CertificateSettings settings(long eventId) {
        return repository.settings(eventId).orElse(CertificateSettings.NONE);
    }

    @Transactional(readOnly = true)
    public boolean hasSignature(long eventId) {
        return repository.signature(eventId).isPresent();
    }

    @Transactional
    public void save(long eventId, @Valid CertificateSettings settings) {
        repository.saveSettings(eventId, new CertificateSettings(blankToNull(settings.signatoryName()),
                blankToNull(settings.signatoryRole()), blankToNull(settings.signedAtPlace())));
    }

    /** Sets the signature or stamp image (PNG or JPEG judged by its bytes, at most 1 MB); null removes it. */
    @Transactional
    public void setSignature(long eventId, byte[] image) {
        if (image == null) {
            repository.saveSignature(eventId, null, null);
            return;
        }
        var type = EventBranding.imageType(image);
        if (type == null || image.length > EventBranding.MAX_LOGO_BYTES) {
            throw new CertificateRejected("signature must be a PNG or JPEG of at most 1 MB");
        }
        repository.saveSignature(eventId, image, type);
    }

    private List<RegistrationView> present(long eventId) {
        return registrations.all(eventId).stream().filter(RegistrationView::attended)
                .sorted(java.util.Comparator.comparing((RegistrationView r) -> r.lastName().toLowerCase(Locale.ROOT))
                        .thenComparing(r -> r.firstName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private byte[] pdf(EventDetails event, List<RegistrationView> present, Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var times = DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "HH:mm" : "H'h'mm");
        var organisers = event.organisations().stream().filter(o -> o.role() == OrganisationRole.ORGANISER)
                .map(o -> o.name()).toList();
        var settings = settings(event.id());
        var hours = messages.getMessage("certificate.hours", new Object[] {event.start().format(times),
                event.end().format(times)}, locale);
        var certificates = present.stream().map(r -> new Certificate(r.fullName(), r.organisation(), event.title(),
                event.date().format(dates), hours, event.venueName(), organisers, r.checkedInAt(),
                r.checkedInAt().toLocalTime().format(times), settings)).toList();
        var signature = repository.signature(event.id()).map(CertificateRepository.Signature::dataUri).orElse(null);
        return exporter.pdf(certificates, signature, LocalDate.now().format(dates), locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
