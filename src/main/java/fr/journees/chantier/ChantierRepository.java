package fr.journees.chantier;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.CHANTIER_SHEET;
import static fr.journees.db.Tables.CHANTIER_SHEET_DRAFT;
import static fr.journees.db.Tables.CHANTIER_SHEET_REVISION;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.WORKSHOP;
import static fr.journees.db.Tables.WORKSHOP_FACILITATOR;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import fr.journees.db.tables.records.ChantierSheetRecord;

/** Fiches chantier, their revisions and drafts, and the workshops they hang on. */
@Repository
public class ChantierRepository {

    private static final int MAX_WORKSHOPS = 500;

    private final DSLContext dsl;

    ChantierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Workshops, the most recent day first; only those the facilitator leads when {@code facilitatorId} is set. */
    public List<ChantierWorkshop> workshops(Long facilitatorId) {
        Condition led = facilitatorId == null ? DSL.trueCondition()
                : DSL.exists(DSL.selectOne().from(WORKSHOP_FACILITATOR)
                        .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(WORKSHOP.ID))
                        .and(WORKSHOP_FACILITATOR.ACCOUNT_ID.eq(facilitatorId)));
        var sheets = DSL.selectCount().from(CHANTIER_SHEET).where(CHANTIER_SHEET.WORKSHOP_ID.eq(WORKSHOP.ID))
                .<Integer>asField();
        return dsl.select(WORKSHOP.ID, EVENT.ID, EVENT.TITLE, EVENT.EVENT_DATE, WORKSHOP.TITLE, sheets)
                .from(WORKSHOP).join(EVENT).on(EVENT.ID.eq(WORKSHOP.EVENT_ID))
                .where(led)
                .orderBy(EVENT.EVENT_DATE.desc(), EVENT.ID, WORKSHOP.POSITION, WORKSHOP.ID)
                .limit(MAX_WORKSHOPS)
                .fetch(r -> new ChantierWorkshop(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    public boolean leads(long accountId, long workshopId) {
        return dsl.fetchExists(WORKSHOP_FACILITATOR, WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(workshopId)
                .and(WORKSHOP_FACILITATOR.ACCOUNT_ID.eq(accountId)));
    }

    public Optional<Long> eventOfWorkshop(long workshopId) {
        return dsl.select(WORKSHOP.EVENT_ID).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .fetchOptional(WORKSHOP.EVENT_ID);
    }

    public Optional<Long> workshopOfSheet(long sheetId) {
        return dsl.select(CHANTIER_SHEET.WORKSHOP_ID).from(CHANTIER_SHEET).where(CHANTIER_SHEET.ID.eq(sheetId))
                .fetchOptional(CHANTIER_SHEET.WORKSHOP_ID);
    }

    public List<SheetSummary> sheets(long workshopId) {
        return dsl.select(CHANTIER_SHEET.ID, CHANTIER_SHEET.WORKSHOP_ID, CHANTIER_SHEET.GROUP_NAME,
                        CHANTIER_SHEET.KEY_TITLE, CHANTIER_SHEET.FEASIBILITY, CHANTIER_SHEET.KEY_CHANTIER,
                        CHANTIER_SHEET.VERSION, ACCOUNT.DISPLAY_NAME, CHANTIER_SHEET.UPDATED_AT)
                .from(CHANTIER_SHEET).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CHANTIER_SHEET.LAST_EDITOR_ID))
                .where(CHANTIER_SHEET.WORKSHOP_ID.eq(workshopId))
                .orderBy(CHANTIER_SHEET.GROUP_NAME, CHANTIER_SHEET.KEY_CHANTIER.desc(), CHANTIER_SHEET.ID)
                .fetch(r -> new SheetSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        Feasibility.valueOf(r.value5()), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    public Optional<ChantierSheet> sheet(long sheetId) {
        return dsl.select(CHANTIER_SHEET.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(CHANTIER_SHEET).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CHANTIER_SHEET.LAST_EDITOR_ID))
                .where(CHANTIER_SHEET.ID.eq(sheetId))
                .fetchOptional(ChantierRepository::toSheet);
    }

    /** Other sheets of the same group flagged as its key chantier. */
    public List<Long> otherKeySheets(long workshopId, String groupName, long exceptSheetId) {
        return dsl.select(CHANTIER_SHEET.ID).from(CHANTIER_SHEET)
                .where(CHANTIER_SHEET.WORKSHOP_ID.eq(workshopId))
                .and(CHANTIER_SHEET.GROUP_NAME.eq(groupName))
                .and(CHANTIER_SHEET.KEY_CHANTIER.isTrue())
                .and(CHANTIER_SHEET.ID.ne(exceptSheetId))
                .fetch(CHANTIER_SHEET.ID);
    }

    public long insert(long workshopId, SheetContent content, long editorId) {
        var record = dsl.newRecord(CHANTIER_SHEET);
        record.setWorkshopId(workshopId);
        fill(record, content, editorId);
        record.setVersion(0);
        return dsl.insertInto(CHANTIER_SHEET).set(record).returningResult(CHANTIER_SHEET.ID)
                .fetchOne(CHANTIER_SHEET.ID);
    }

    /** Writes the content as the next version, only if the sheet is still at {@code baseVersion}. */
    public int update(long sheetId, int baseVersion, SheetContent content, long editorId) {
        var record = dsl.newRecord(CHANTIER_SHEET);
        fill(record, content, editorId);
        record.changed(CHANTIER_SHEET.ID, false);
        return dsl.update(CHANTIER_SHEET)
                .set(record)
                .set(CHANTIER_SHEET.VERSION, baseVersion + 1)
                .set(CHANTIER_SHEET.UPDATED_AT, LocalDateTime.now())
                .where(CHANTIER_SHEET.ID.eq(sheetId).and(CHANTIER_SHEET.VERSION.eq(baseVersion)))
                .execute();
    }

    public int delete(long sheetId, int version) {
        return dsl.deleteFrom(CHANTIER_SHEET)
                .where(CHANTIER_SHEET.ID.eq(sheetId).and(CHANTIER_SHEET.VERSION.eq(version)))
                .execute();
    }

    public void insertRevision(long sheetId, int version, SheetContent content, long editorId) {
        dsl.insertInto(CHANTIER_SHEET_REVISION)
                .set(CHANTIER_SHEET_REVISION.SHEET_ID, sheetId)
                .set(CHANTIER_SHEET_REVISION.VERSION, version)
                .set(CHANTIER_SHEET_REVISION.CONTENT, SheetJson.write(content))
                .set(CHANTIER_SHEET_REVISION.EDITED_BY_ID, editorId)
                .execute();
    }

    /** The sheet's saved versions, the latest first. */
    public List<Revision> revisions(long sheetId) {
        return dsl.select(CHANTIER_SHEET_REVISION.VERSION, CHANTIER_SHEET_REVISION.CONTENT, ACCOUNT.DISPLAY_NAME,
                        CHANTIER_SHEET_REVISION.CREATED_AT)
                .from(CHANTIER_SHEET_REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CHANTIER_SHEET_REVISION.EDITED_BY_ID))
                .where(CHANTIER_SHEET_REVISION.SHEET_ID.eq(sheetId))
                .orderBy(CHANTIER_SHEET_REVISION.VERSION.desc())
                .fetch(r -> new Revision(r.value1(), SheetJson.read(r.value2()), r.value3(), r.value4()));
    }

    public Optional<SheetContent> revision(long sheetId, int version) {
        return dsl.select(CHANTIER_SHEET_REVISION.CONTENT).from(CHANTIER_SHEET_REVISION)
                .where(CHANTIER_SHEET_REVISION.SHEET_ID.eq(sheetId).and(CHANTIER_SHEET_REVISION.VERSION.eq(version)))
                .fetchOptional(r -> SheetJson.read(r.value1()));
    }

    public void upsertDraft(long sheetId, long accountId, int baseVersion, SheetContent content) {
        var json = SheetJson.write(content);
        var now = LocalDateTime.now();
        dsl.insertInto(CHANTIER_SHEET_DRAFT)
                .set(CHANTIER_SHEET_DRAFT.SHEET_ID, sheetId)
                .set(CHANTIER_SHEET_DRAFT.ACCOUNT_ID, accountId)
                .set(CHANTIER_SHEET_DRAFT.BASE_VERSION, baseVersion)
                .set(CHANTIER_SHEET_DRAFT.CONTENT, json)
                .set(CHANTIER_SHEET_DRAFT.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(CHANTIER_SHEET_DRAFT.BASE_VERSION, baseVersion)
                .set(CHANTIER_SHEET_DRAFT.CONTENT, json)
                .set(CHANTIER_SHEET_DRAFT.UPDATED_AT, now)
                .execute();
    }

    public Optional<Draft> draft(long sheetId, long accountId) {
        return dsl.select(CHANTIER_SHEET_DRAFT.BASE_VERSION, CHANTIER_SHEET_DRAFT.CONTENT,
                        CHANTIER_SHEET_DRAFT.UPDATED_AT)
                .from(CHANTIER_SHEET_DRAFT)
                .where(CHANTIER_SHEET_DRAFT.SHEET_ID.eq(sheetId).and(CHANTIER_SHEET_DRAFT.ACCOUNT_ID.eq(accountId)))
                .fetchOptional(r -> new Draft(sheetId, r.value1(), SheetJson.read(r.value2()), r.value3()));
    }

    public void deleteDraft(long sheetId, long accountId) {
        dsl.deleteFrom(CHANTIER_SHEET_DRAFT)
                .where(CHANTIER_SHEET_DRAFT.SHEET_ID.eq(sheetId).and(CHANTIER_SHEET_DRAFT.ACCOUNT_ID.eq(accountId)))
                .execute();
    }

    /**
     * A fingerprint of the event's sheets that any insert, update or delete changes, through whichever
     * application node: what the boards of other nodes poll.
     */
    public String boardStamp(long eventId) {
        return dsl.select(DSL.concat(DSL.count().cast(String.class), DSL.inline("@"),
                        DSL.coalesce(DSL.max(CHANTIER_SHEET.UPDATED_AT).cast(String.class), DSL.inline("")),
                        DSL.inline("@"), DSL.coalesce(DSL.sum(CHANTIER_SHEET.VERSION).cast(String.class), DSL.inline(""))))
                .from(CHANTIER_SHEET).join(WORKSHOP).on(WORKSHOP.ID.eq(CHANTIER_SHEET.WORKSHOP_ID))
                .where(WORKSHOP.EVENT_ID.eq(eventId)).fetchOne(0, String.class);
    }

    /** The event's key chantiers, by workshop in the programme's order, then by group. */
    public List<BoardCard> board(long eventId) {
        return dsl.select(CHANTIER_SHEET.ID, WORKSHOP.ID, WORKSHOP.POSITION, WORKSHOP.TITLE,
                        CHANTIER_SHEET.GROUP_NAME, CHANTIER_SHEET.KEY_TITLE, CHANTIER_SHEET.OBJECTIVES,
                        CHANTIER_SHEET.FEASIBILITY, CHANTIER_SHEET.UPDATED_AT)
                .from(CHANTIER_SHEET).join(WORKSHOP).on(WORKSHOP.ID.eq(CHANTIER_SHEET.WORKSHOP_ID))
                .where(WORKSHOP.EVENT_ID.eq(eventId).and(CHANTIER_SHEET.KEY_CHANTIER.isTrue()))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID, CHANTIER_SHEET.GROUP_NAME, CHANTIER_SHEET.ID)
                .fetch(r -> new BoardCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), Feasibility.valueOf(r.value8()), r.value9()));
    }

    /** Every workshop of the event with all its sheets, in the programme's order. */
    public List<BanqueWorkshop> banque(long eventId) {
        var sheets = dsl.select(CHANTIER_SHEET.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(CHANTIER_SHEET).join(WORKSHOP).on(WORKSHOP.ID.eq(CHANTIER_SHEET.WORKSHOP_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CHANTIER_SHEET.LAST_EDITOR_ID))
                .where(WORKSHOP.EVENT_ID.eq(eventId))
                .orderBy(CHANTIER_SHEET.GROUP_NAME, CHANTIER_SHEET.KEY_CHANTIER.desc(), CHANTIER_SHEET.ID)
                .fetch(ChantierRepository::toSheet);
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(r -> new BanqueWorkshop(r.value1(), r.value2(),
                        sheets.stream().filter(s -> s.workshopId() == r.value1()).toList()));
    }

    /** Sheets whose author line is that e-mail alone (trimmed; the collation ignores case). */
    public List<AuthorLine> authoredOnlyBy(String email) {
        return dsl.select(CHANTIER_SHEET.ID, EVENT.ID, EVENT.TITLE, EVENT.EVENT_DATE, WORKSHOP.TITLE,
                        CHANTIER_SHEET.GROUP_NAME, CHANTIER_SHEET.AUTHORS)
                .from(CHANTIER_SHEET).join(WORKSHOP).on(WORKSHOP.ID.eq(CHANTIER_SHEET.WORKSHOP_ID))
                .join(EVENT).on(EVENT.ID.eq(WORKSHOP.EVENT_ID))
                .where(DSL.trim(CHANTIER_SHEET.AUTHORS).eq(email))
                .orderBy(EVENT.EVENT_DATE.desc(), CHANTIER_SHEET.ID)
                .fetch(r -> new AuthorLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The version moves on, so that an editor holding the old line meets a conflict instead of writing it back. */
    int replaceAuthors(long sheetId, String replacement) {
        return dsl.update(CHANTIER_SHEET).set(CHANTIER_SHEET.AUTHORS, replacement)
                .set(CHANTIER_SHEET.VERSION, CHANTIER_SHEET.VERSION.plus(1))
                .where(CHANTIER_SHEET.ID.eq(sheetId)).execute();
    }

    /** Revisions and drafts whose text holds the e-mail somewhere: the caller reads which are author lines. */
    List<StoredContent> contentsHolding(String email) {
        var revisions = dsl.select(CHANTIER_SHEET_REVISION.ID, CHANTIER_SHEET_REVISION.CONTENT)
                .from(CHANTIER_SHEET_REVISION).where(CHANTIER_SHEET_REVISION.CONTENT.contains(email))
                .fetch(r -> new StoredContent(r.value1(), null, SheetJson.read(r.value2())));
        var drafts = dsl.select(CHANTIER_SHEET_DRAFT.SHEET_ID, CHANTIER_SHEET_DRAFT.ACCOUNT_ID,
                        CHANTIER_SHEET_DRAFT.CONTENT)
                .from(CHANTIER_SHEET_DRAFT).where(CHANTIER_SHEET_DRAFT.CONTENT.contains(email))
                .fetch(r -> new StoredContent(r.value1(), r.value2(), SheetJson.read(r.value3())));
        var all = new java.util.ArrayList<>(revisions);
        all.addAll(drafts);
        return all;
    }

    void rewrite(StoredContent stored, SheetContent content) {
        if (stored.draftAccountId() == null) {
            dsl.update(CHANTIER_SHEET_REVISION).set(CHANTIER_SHEET_REVISION.CONTENT, SheetJson.write(content))
                    .where(CHANTIER_SHEET_REVISION.ID.eq(stored.id())).execute();
        } else {
            dsl.update(CHANTIER_SHEET_DRAFT).set(CHANTIER_SHEET_DRAFT.CONTENT, SheetJson.write(content))
                    .where(CHANTIER_SHEET_DRAFT.SHEET_ID.eq(stored.id()),
                            CHANTIER_SHEET_DRAFT.ACCOUNT_ID.eq(stored.draftAccountId())).execute();
        }
    }

    /** A revision (id) or a draft (sheet id and account) as stored. */
    record StoredContent(long id, Long draftAccountId, SheetContent content) {
    }

    private static void fill(ChantierSheetRecord record, SheetContent c, long editorId) {
        record.setGroupName(c.groupName());
        record.setEnjeu(c.enjeu());
        record.setKeyTitle(c.keyTitle());
        record.setObjectives(c.objectives());
        record.setActions(c.actions());
        record.setGovernanceLead(c.governanceLead());
        record.setGovernanceDoers(c.governanceDoers());
        record.setGovernanceAssociated(c.governanceAssociated());
        record.setResources(c.resources());
        record.setObstacles(c.obstacles());
        record.setFeasibility(c.feasibility().name());
        record.setKeyChantier(c.keyChantier());
        record.setAuthors(c.authors());
        record.setLastEditorId(editorId);
    }

    private static ChantierSheet toSheet(Record r) {
        var s = r.into(CHANTIER_SHEET);
        var content = new SheetContent(s.getGroupName(), s.getEnjeu(), s.getKeyTitle(), s.getObjectives(),
                s.getActions(), s.getGovernanceLead(), s.getGovernanceDoers(), s.getGovernanceAssociated(),
                s.getResources(), s.getObstacles(), Feasibility.valueOf(s.getFeasibility()), s.getKeyChantier(),
                s.getAuthors());
        return new ChantierSheet(s.getId(), s.getWorkshopId(), s.getVersion(), content, r.get(ACCOUNT.DISPLAY_NAME),
                s.getUpdatedAt());
    }
}
