package fr.journees.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of events and their organisers and partners; owns the status workflow. */
@Service
@Validated
public class EventService {


    private final EventRepository events;
    private final EventContentRepository content;
    private final ApplicationEventPublisher publisher;

    EventService(EventRepository events, EventContentRepository content, ApplicationEventPublisher publisher) {
        this.events = events;
        this.content = content;
        this.publisher = publisher;
    }

    @Transactional
    public long create(@Valid EventDraft draft, List<Long> organiserIds, List<Long> partnerIds) {
        check(draft, null);
        long id = events.insert(draft);
        events.replaceOrganisations(id, organiserIds, partnerIds);
        return id;
    }

    /** Saves the general information (not the status) if nobody changed the event since {@code version}. */
    @Transactional
    public void update(long eventId, int version, @Valid EventDraft draft, List<Long> organiserIds,
                       List<Long> partnerIds) {
        requireEditable(eventId);
        check(draft, eventId);
        if (!events.update(eventId, version, draft)) {
            throw stale(eventId);
        }
        events.replaceOrganisations(eventId, organiserIds, partnerIds);
        publisher.publishEvent(new CapacityChanged(eventId));
    }

    /** Moves the event one step along DRAFT → PUBLISHED → CLOSED → ARCHIVED, or one step back. */
    @Transactional
    public void changeStatus(long eventId, int version, EventStatus target) {
        var current = events.lockStatus(eventId).orElseThrow(() -> stale(eventId));
        if (!current.canMoveTo(target)) {
            throw new EventRejected(EventRejected.Reason.STATUS_NOT_ALLOWED);
        }
        if (!events.updateStatus(eventId, version, target)) {
            throw stale(eventId);
        }
    }

    /**
     * Plans another day from this one: a draft copy with the given slug, title and date, the same
     * organisers, texts and programme; the other features copy their parts on {@link EventDuplicated}.
     * The registration window is left empty: it has to be set for the new date.
     */
    @Transactional
    public long duplicate(long sourceEventId, String slug, String title, LocalDate date) {
        var source = events.details(sourceEventId).orElseThrow(() -> stale(sourceEventId));
        var draft = new EventDraft(slug, title, source.subtitle(), source.theme(), date, source.start(), source.end(),
                source.venuePlaceId(), EventStatus.DRAFT, null, null, source.capacity(), source.lunchOffered(),
                source.defaultWalkMinutes());
        long copy = create(draft, idsOf(source, OrganisationRole.ORGANISER), idsOf(source, OrganisationRole.PARTNER));
        var texts = content.texts(sourceEventId);
        for (int i = 0; i < texts.size(); i++) {
            content.insertText(copy, texts.get(i).toDraft(), i);
        }
        content.programme(sourceEventId).forEach(slot -> content.insertSlot(copy, slot.toDraft()));
        publisher.publishEvent(new EventDuplicated(sourceEventId, copy));
        return copy;
    }

    /** Sets the accent colour of the event's documents (#RRGGBB), or clears it with null or blank. */
    @Transactional
    public void setAccentColour(long eventId, String accentColour) {
        requireEditable(eventId);
        var colour = accentColour == null || accentColour.isBlank() ? null : accentColour.strip();
        if (colour != null && !EventBranding.COLOUR.matcher(colour).matches()) {
            throw new EventRejected(EventRejected.Reason.BAD_COLOUR);
        }
        events.updateAccent(eventId, colour == null ? null : colour.toLowerCase(Locale.ROOT));
    }

    /** Sets the logo of the event's documents: a PNG or JPEG of at most 1 MB; null removes it. */
    @Transactional
    public void setLogo(long eventId, byte[] logo) {
        requireEditable(eventId);
        if (logo == null) {
            events.updateLogo(eventId, null, null);
            return;
        }
        if (logo.length > EventBranding.MAX_LOGO_BYTES) {
            throw new EventRejected(EventRejected.Reason.LOGO_TOO_LARGE);
        }
        var type = EventBranding.imageType(logo);
        if (type == null) {
            throw new EventRejected(EventRejected.Reason.BAD_LOGO);
        }
        events.updateLogo(eventId, logo, type);
    }

    @Transactional(readOnly = true)
    public EventBranding branding(long eventId) {
        return events.branding(eventId).orElse(EventBranding.NONE);
    }

    /** A slug built from the title and date that no other event uses yet. */
    @Transactional(readOnly = true)
    public String freeSlug(String title, LocalDate date, Long exceptEventId) {
        var base = Slugs.of(title, date);
        var slug = base;
        for (int n = 2; events.slugTaken(slug, exceptEventId); n++) {
            var suffix = "-" + n;
            slug = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - suffix.length())) + suffix;
        }
        return slug;
    }

    /**
     * For the services of other features before they write an event's rows: fails on an archived or
     * unknown event, and holds the event row locked so that it cannot be archived meanwhile.
     */
    @Transactional
    public void requireEditable(long eventId) {
        var status = events.lockStatus(eventId).orElseThrow(() -> new EventNotEditable(eventId));
        if (status == EventStatus.ARCHIVED) {
            throw new EventNotEditable(eventId);
        }
    }

    /** The next days to prepare or hold, drafts included, soonest first. */
    @Transactional(readOnly = true)
    public List<EventSummary> upcoming(int limit) {
        return events.upcoming(LocalDate.now(), limit);
    }

    /** The days of a period (both dates included) that were published at some point, in date order. */
    @Transactional(readOnly = true)
    public List<EventSummary> heldBetween(LocalDate from, LocalDate to) {
        return events.heldBetween(from, to);
    }

    @Transactional(readOnly = true)
    public List<EventSummary> page(EventListFilter filter, String search, int offset, int limit) {
        return events.page(filter, search, LocalDate.now(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(EventListFilter filter, String search) {
        return events.count(filter, search, LocalDate.now());
    }

    /** What the public sees: published events, coming ones first (soonest first), then past ones. */
    @Transactional(readOnly = true)
    public List<EventSummary> published(int offset, int limit) {
        return events.published(LocalDate.now(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPublished() {
        return events.countPublished();
    }

    /**
     * The id of the published event of that slug, in one statement and no transaction of its own: what a
     * registration through the API needs before the registration feature takes over.
     */
    public Optional<Long> publishedId(String slug) {
        return events.publishedId(slug);
    }

    /** The event of that slug as the public may see it: only when it is published. */
    @Transactional(readOnly = true)
    public Optional<EventDetails> publishedBySlug(String slug) {
        return idBySlug(slug).flatMap(this::details).filter(e -> e.status().isPublic());
    }

    @Transactional(readOnly = true)
    public List<EventSummary> summaries(int offset, int limit) {
        return events.summaries(offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return events.count();
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> summary(long eventId) {
        return events.summary(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<EventHeader> header(long eventId) {
        return events.header(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<EventDetails> details(long eventId) {
        return events.details(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> idBySlug(String slug) {
        return events.idBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<EventOrganisation> organisations(long eventId) {
        return events.organisations(eventId);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSlot> programme(long eventId) {
        return content.programme(eventId);
    }

    @Transactional(readOnly = true)
    public List<EventTextView> texts(long eventId) {
        return content.texts(eventId);
    }

    private void check(EventDraft draft, Long eventId) {
        if (!draft.end().isAfter(draft.start())) {
            throw new EventRejected(EventRejected.Reason.ENDS_BEFORE_START);
        }
        if (draft.registrationOpensAt() != null && draft.registrationClosesAt() != null
                && !draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            throw new EventRejected(EventRejected.Reason.REGISTRATION_CLOSES_BEFORE_OPENING);
        }
        if (events.slugTaken(draft.slug(), eventId)) {
            throw new EventRejected(EventRejected.Reason.SLUG_TAKEN);
        }
    }

    private static List<Long> idsOf(EventDetails event, OrganisationRole role) {
        return event.organisations().stream().filter(o -> o.role() == role).map(EventOrganisation::organisationId)
                .toList();
    }

    static OptimisticLockingFailureException stale(long eventId) {
        return new OptimisticLockingFailureException("Event " + eventId + " was changed or removed meanwhile");
    }
}
