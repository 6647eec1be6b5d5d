package fr.journees.event;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of an event's texts and programme slots. */
@Service
@Validated
public class EventContentService {

    private final EventContentRepository content;
    private final EventService events;

    EventContentService(EventContentRepository content, EventService events) {
        this.content = content;
        this.events = events;
    }

    /** Adds the texts after the event's existing ones, in the order given. */
    @Transactional
    public void addTexts(long eventId, List<@Valid EventTextDraft> texts) {
        events.requireEditable(eventId);
        int next = content.texts(eventId).size();
        for (var text : texts) {
            content.insertText(eventId, text, next++);
        }
    }

    @Transactional
    public void updateText(long textId, int version, @Valid EventTextDraft text) {
        events.requireEditable(eventOfText(textId));
        if (!content.updateText(textId, version, text)) {
            throw EventService.stale(textId);
        }
    }

    @Transactional
    public void deleteText(long textId, int version) {
        long eventId = eventOfText(textId);
        events.requireEditable(eventId);
        if (!content.deleteText(textId, version)) {
            throw EventService.stale(textId);
        }
        content.renumberTexts(content.texts(eventId).stream().map(EventTextView::id).toList());
    }

    /** Moves a text to {@code newIndex} among the event's texts (0-based, clamped). */
    @Transactional
    public void moveText(long textId, int newIndex) {
        long eventId = eventOfText(textId);
        events.requireEditable(eventId);
        var order = new ArrayList<>(content.texts(eventId).stream().map(EventTextView::id).toList());
        order.remove(textId);
        order.add(Math.max(0, Math.min(newIndex, order.size())), textId);
        content.renumberTexts(order);
    }

    @Transactional
    public void addProgrammeItems(long eventId, List<@Valid ProgrammeItemDraft> items) {
        events.requireEditable(eventId);
        items.forEach(item -> content.insertSlot(eventId, check(item)));
    }

    @Transactional
    public void updateProgrammeItem(long slotId, int version, @Valid ProgrammeItemDraft item) {
        events.requireEditable(eventOfSlot(slotId));
        if (!content.updateSlot(slotId, version, check(item))) {
            throw EventService.stale(slotId);
        }
    }

    @Transactional
    public void deleteProgrammeItem(long slotId, int version) {
        events.requireEditable(eventOfSlot(slotId));
        if (!content.deleteSlot(slotId, version)) {
            throw EventService.stale(slotId);
        }
    }

    private static ProgrammeItemDraft check(ProgrammeItemDraft item) {
        if (item.end() != null && !item.end().isAfter(item.start())) {
            throw new EventRejected(EventRejected.Reason.ENDS_BEFORE_START);
        }
        return item;
    }

    private long eventOfText(long textId) {
        return content.eventOfText(textId).orElseThrow(() -> EventService.stale(textId));
    }

    private long eventOfSlot(long slotId) {
        return content.eventOfSlot(slotId).orElseThrow(() -> EventService.stale(slotId));
    }
}
