package fr.journees.event;

import static fr.journees.db.Tables.EVENT_TEXT;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static org.jooq.impl.DSL.coalesce;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** An event's texts (introduction, signed texts…) and programme slots. */
@Repository
public class EventContentRepository {

    private final DSLContext dsl;

    EventContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ProgrammeSlot> programme(long eventId) {
        return dsl.select(PROGRAMME_ITEM.ID, PROGRAMME_ITEM.START_TIME, PROGRAMME_ITEM.END_TIME, PROGRAMME_ITEM.KIND,
                        PROGRAMME_ITEM.TITLE, PROGRAMME_ITEM.DESCRIPTION,
                        coalesce(PROGRAMME_ITEM.LOCATION_TEXT, PLACE.NAME), PROGRAMME_ITEM.LOCATION_TEXT,
                        PROGRAMME_ITEM.PLACE_ID, PROGRAMME_ITEM.VERSION)
                .from(PROGRAMME_ITEM).leftJoin(PLACE).on(PLACE.ID.eq(PROGRAMME_ITEM.PLACE_ID))
                .where(PROGRAMME_ITEM.EVENT_ID.eq(eventId))
                .orderBy(PROGRAMME_ITEM.START_TIME, PROGRAMME_ITEM.END_TIME, PROGRAMME_ITEM.ID)
                .fetch(r -> new ProgrammeSlot(r.value1(), r.value2(), r.value3(), ProgrammeKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    public Optional<Long> eventOfSlot(long slotId) {
        return dsl.select(PROGRAMME_ITEM.EVENT_ID).from(PROGRAMME_ITEM).where(PROGRAMME_ITEM.ID.eq(slotId))
                .fetchOptional(PROGRAMME_ITEM.EVENT_ID);
    }

    void insertSlot(long eventId, ProgrammeItemDraft item) {
        dsl.insertInto(PROGRAMME_ITEM)
                .set(PROGRAMME_ITEM.EVENT_ID, eventId)
                .set(PROGRAMME_ITEM.START_TIME, item.start())
                .set(PROGRAMME_ITEM.END_TIME, item.end())
                .set(PROGRAMME_ITEM.KIND, item.kind().name())
                .set(PROGRAMME_ITEM.TITLE, item.title().strip())
                .set(PROGRAMME_ITEM.DESCRIPTION, item.description())
                .set(PROGRAMME_ITEM.LOCATION_TEXT, item.locationText())
                .set(PROGRAMME_ITEM.PLACE_ID, item.placeId())
                .execute();
    }

    boolean updateSlot(long slotId, int version, ProgrammeItemDraft item) {
        return dsl.update(PROGRAMME_ITEM)
                .set(PROGRAMME_ITEM.START_TIME, item.start())
                .set(PROGRAMME_ITEM.END_TIME, item.end())
                .set(PROGRAMME_ITEM.KIND, item.kind().name())
                .set(PROGRAMME_ITEM.TITLE, item.title().strip())
                .set(PROGRAMME_ITEM.DESCRIPTION, item.description())
                .set(PROGRAMME_ITEM.LOCATION_TEXT, item.locationText())
                .set(PROGRAMME_ITEM.PLACE_ID, item.placeId())
                .set(PROGRAMME_ITEM.VERSION, PROGRAMME_ITEM.VERSION.plus(1))
                .where(PROGRAMME_ITEM.ID.eq(slotId).and(PROGRAMME_ITEM.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean deleteSlot(long slotId, int version) {
        return dsl.deleteFrom(PROGRAMME_ITEM)
                .where(PROGRAMME_ITEM.ID.eq(slotId).and(PROGRAMME_ITEM.VERSION.eq(version))).execute() == 1;
    }

    public List<EventTextView> texts(long eventId) {
        return dsl.select(EVENT_TEXT.ID, EVENT_TEXT.SECTION, EVENT_TEXT.POSITION, EVENT_TEXT.TITLE,
                        EVENT_TEXT.AUTHOR_LINE, EVENT_TEXT.BODY, EVENT_TEXT.VERSION)
                .from(EVENT_TEXT).where(EVENT_TEXT.EVENT_ID.eq(eventId))
                .orderBy(EVENT_TEXT.POSITION, EVENT_TEXT.ID)
                .fetch(r -> new EventTextView(r.value1(), TextSection.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()));
    }

    public Optional<Long> eventOfText(long textId) {
        return dsl.select(EVENT_TEXT.EVENT_ID).from(EVENT_TEXT).where(EVENT_TEXT.ID.eq(textId))
                .fetchOptional(EVENT_TEXT.EVENT_ID);
    }

    void insertText(long eventId, EventTextDraft text, int position) {
        dsl.insertInto(EVENT_TEXT)
                .set(EVENT_TEXT.EVENT_ID, eventId)
                .set(EVENT_TEXT.SECTION, text.section().name())
                .set(EVENT_TEXT.POSITION, position)
                .set(EVENT_TEXT.TITLE, text.title().strip())
                .set(EVENT_TEXT.AUTHOR_LINE, text.authorLine())
                .set(EVENT_TEXT.BODY, text.body())
                .execute();
    }

    boolean updateText(long textId, int version, EventTextDraft text) {
        return dsl.update(EVENT_TEXT)
                .set(EVENT_TEXT.SECTION, text.section().name())
                .set(EVENT_TEXT.TITLE, text.title().strip())
                .set(EVENT_TEXT.AUTHOR_LINE, text.authorLine())
                .set(EVENT_TEXT.BODY, text.body())
                .set(EVENT_TEXT.VERSION, EVENT_TEXT.VERSION.plus(1))
                .where(EVENT_TEXT.ID.eq(textId).and(EVENT_TEXT.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean deleteText(long textId, int version) {
        return dsl.deleteFrom(EVENT_TEXT).where(EVENT_TEXT.ID.eq(textId).and(EVENT_TEXT.VERSION.eq(version)))
                .execute() == 1;
    }

    void renumberTexts(List<Long> textIdsInOrder) {
        for (int i = 0; i < textIdsInOrder.size(); i++) {
            dsl.update(EVENT_TEXT).set(EVENT_TEXT.POSITION, i).where(EVENT_TEXT.ID.eq(textIdsInOrder.get(i)))
                    .execute();
        }
    }
}
