package fr.journees.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of events, their organisers and partners, texts and programme. */
@Service
@Validated
public class EventService {

    private final EventRepository events;

    EventService(EventRepository events) {
        this.events = events;
    }

    @Transactional
    public long create(@Valid EventDraft draft, List<Long> organiserIds, List<Long> partnerIds) {
        long id = events.insert(draft);
        for (int i = 0; i < organiserIds.size(); i++) {
            events.insertOrganisation(id, organiserIds.get(i), OrganisationRole.ORGANISER, i);
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            events.insertOrganisation(id, partnerIds.get(i), OrganisationRole.PARTNER, i);
        }
        return id;
    }

    /** Adds the texts, numbered in the order given. */
    @Transactional
    public void addTexts(long eventId, List<@Valid EventTextDraft> texts) {
        for (int i = 0; i < texts.size(); i++) {
            events.insertText(eventId, texts.get(i), i);
        }
    }

    @Transactional
    public void addProgrammeItems(long eventId, List<@Valid ProgrammeItemDraft> items) {
        items.forEach(item -> events.insertProgrammeItem(eventId, item));
    }

    @Transactional(readOnly = true)
    public Optional<EventHeader> header(long eventId) {
        return events.header(eventId);
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
    public Optional<Long> idBySlug(String slug) {
        return events.idBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSlot> programme(long eventId) {
        return events.programme(eventId);
    }

    @Transactional(readOnly = true)
    public List<EventTextView> texts(long eventId) {
        return events.texts(eventId).stream()
                .sorted(Comparator.comparing(EventTextView::section))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EventOrganisation> organisations(long eventId) {
        return events.organisations(eventId);
    }
}
