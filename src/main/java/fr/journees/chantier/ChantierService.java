package fr.journees.chantier;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.base.EmailAddresses;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.security.AccountRepository;
import fr.journees.security.Roles;
import jakarta.validation.Valid;

/**
 * The only writer of fiches chantier, their revisions and drafts. Every call names the person
 * (their login e-mail): an organiser reaches every sheet, a facilitator only the sheets of the
 * workshops they lead. That rule lives here, not only in the views.
 */
@Service
@Validated
public class ChantierService {

    private final ChantierRepository sheets;
    private final AccountRepository accounts;
    private final EventService events;
    private final EventSharing sharing;
    private final ApplicationEventPublisher publisher;

    ChantierService(ChantierRepository sheets, AccountRepository accounts, EventService events,
                    EventSharing sharing, ApplicationEventPublisher publisher) {
        this.sharing = sharing;
        this.sheets = sheets;
        this.accounts = accounts;
        this.events = events;
        this.publisher = publisher;
    }

    /** The workshops the person may work on: all for an organiser, those they lead for a facilitator. */
    @Transactional(readOnly = true)
    public List<ChantierWorkshop> workshops(String actorEmail) {
        var actor = actor(actorEmail);
        return sheets.workshops(actor.organiser() ? null : actor.id());
    }

    @Transactional(readOnly = true)
    public List<SheetSummary> sheets(String actorEmail, long workshopId) {
        requireWorkshop(actor(actorEmail), workshopId);
        return sheets.sheets(workshopId);
    }

    /** Creates an empty sheet for a group of the workshop; its first revision is version 0. */
    @Transactional
    public long create(String actorEmail, long workshopId, String groupName) {
        var actor = actor(actorEmail);
        long eventId = requireWorkshop(actor, workshopId);
        events.requireEditable(eventId);
        var content = SheetContent.empty(groupName).clean();
        if (content.groupName() == null || content.groupName().isEmpty()) {
            throw new IllegalArgumentException("A sheet needs a group name");
        }
        long id = sheets.insert(workshopId, content, actor.id());
        sheets.insertRevision(id, 0, content, actor.id());
        publisher.publishEvent(new SheetSaved(eventId, id));
        return id;
    }

    @Transactional(readOnly = true)
    public ChantierSheet load(String actorEmail, long sheetId) {
        requireSheet(actor(actorEmail), sheetId);
        return sheets.sheet(sheetId).orElseThrow(() -> new SheetGone(sheetId));
    }

    /**
     * Saves the content as the sheet's next version, if nobody saved since {@code baseVersion};
     * otherwise fails with {@link SheetConflict} carrying both versions. Flagging the sheet as its
     * group's key chantier takes the flag off the group's other sheets. Returns the new version.
     */
    @Transactional
    public int save(String actorEmail, long sheetId, int baseVersion, @Valid SheetContent content) {
        var actor = actor(actorEmail);
        long workshopId = requireSheet(actor, sheetId);
        long eventId = sheets.eventOfWorkshop(workshopId).orElseThrow(() -> new SheetGone(sheetId));
        events.requireEditable(eventId);
        var clean = content.clean();
        if (sheets.update(sheetId, baseVersion, clean, actor.id()) == 0) {
            var theirs = sheets.sheet(sheetId).orElseThrow(() -> new SheetGone(sheetId));
            throw new SheetConflict(theirs, content, baseVersion);
        }
        int version = baseVersion + 1;
        sheets.insertRevision(sheetId, version, clean, actor.id());
        sheets.deleteDraft(sheetId, actor.id());
        if (clean.keyChantier()) {
            for (long other : sheets.otherKeySheets(workshopId, clean.groupName(), sheetId)) {
                unflag(other, actor.id());
            }
        }
        publisher.publishEvent(new SheetSaved(eventId, sheetId));
        return version;
    }

    /** Restores an old version as a new save on top of {@code baseVersion}; the history keeps everything. */
    @Transactional
    public int restore(String actorEmail, long sheetId, int baseVersion, int revisionVersion) {
        requireSheet(actor(actorEmail), sheetId);
        var old = sheets.revision(sheetId, revisionVersion)
                .orElseThrow(() -> new IllegalArgumentException("No version " + revisionVersion + " of " + sheetId));
        return save(actorEmail, sheetId, baseVersion, old);
    }

    /** The saved versions, the latest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(String actorEmail, long sheetId) {
        requireSheet(actor(actorEmail), sheetId);
        return sheets.revisions(sheetId);
    }

    @Transactional
    public void delete(String actorEmail, long sheetId, int version) {
        long workshopId = requireSheet(actor(actorEmail), sheetId);
        long eventId = sheets.eventOfWorkshop(workshopId).orElseThrow(() -> new SheetGone(sheetId));
        events.requireEditable(eventId);
        if (sheets.delete(sheetId, version) == 0) {
            var theirs = sheets.sheet(sheetId).orElseThrow(() -> new SheetGone(sheetId));
            throw new SheetConflict(theirs, theirs.content(), version);
        }
        publisher.publishEvent(new SheetSaved(eventId, sheetId));
    }

    /** Keeps what the person typed and has not saved, to give it back when they reopen the sheet. */
    @Transactional
    public void saveDraft(String actorEmail, long sheetId, int baseVersion, SheetContent content) {
        var actor = actor(actorEmail);
        requireSheet(actor, sheetId);
        sheets.upsertDraft(sheetId, actor.id(), baseVersion, content);
    }

    @Transactional(readOnly = true)
    public Optional<Draft> draft(String actorEmail, long sheetId) {
        var actor = actor(actorEmail);
        requireSheet(actor, sheetId);
        return sheets.draft(sheetId, actor.id());
    }

    @Transactional
    public void discardDraft(String actorEmail, long sheetId) {
        var actor = actor(actorEmail);
        requireSheet(actor, sheetId);
        sheets.deleteDraft(sheetId, actor.id());
    }

    /** The event's key chantiers for the restitution board (any back-office account may watch it). */
    @Transactional(readOnly = true)
    public List<BoardCard> board(long eventId) {
        return sheets.board(eventId);
    }

    /** Sheets of the event that the board does not show yet: their group's key chantier is not ticked. */
    @Transactional(readOnly = true)
    public int offTheBoard(long eventId) {
        return sheets.offTheBoard(eventId);
    }

    /** The board behind the public link: empty unless the organisers enabled that link. */
    @Transactional(readOnly = true)
    public Optional<Long> eventOfPublicBoard(String token) {
        return sharing.idByBoardToken(token);
    }

    /** Every sheet of the event, grouped by workshop, for the banque de projets. Organisers only. */
    @Transactional(readOnly = true)
    public Banque banque(String actorEmail, long eventId) {
        if (!actor(actorEmail).organiser()) {
            throw new NotYourWorkshop(actorEmail, "the banque de projets of event " + eventId);
        }
        var header = events.header(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        return new Banque(header.title(), header.date(), sheets.banque(eventId));
    }

    /** The banque de projets of a day whose organisers published it on its public page; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Banque> publishedBanque(long eventId) {
        if (!sharing.banquePublic(eventId)) {
            return Optional.empty();
        }
        return events.header(eventId).map(header -> new Banque(header.title(), header.date(), sheets.banque(eventId)));
    }

    /** The sheets whose author line is that e-mail alone, for an organiser's search of a person. */
    @Transactional(readOnly = true)
    public List<AuthorLine> authorLinesOnly(String email) {
        return sheets.authoredOnlyBy(EmailAddresses.normalise(email));
    }

    /**
     * Replaces an author line that is that e-mail alone, in the sheets, their history and drafts (a line
     * with other names is left as written); returns the sheets changed.
     */
    @Transactional
    public int replaceAuthorLines(String email, String replacement) {
        var address = EmailAddresses.normalise(email);
        var lines = sheets.authoredOnlyBy(address);
        for (var line : lines) {
            sheets.replaceAuthors(line.sheetId(), replacement);
            publisher.publishEvent(new SheetSaved(line.eventId(), line.sheetId()));
        }
        for (var stored : sheets.contentsHolding(address)) {
            if (stored.content().authoredOnlyBy(address)) {
                sheets.rewrite(stored, stored.content().withAuthors(replacement));
            }
        }
        return lines.size();
    }

    private void unflag(long sheetId, long editorId) {
        var sheet = sheets.sheet(sheetId).orElseThrow();
        var content = sheet.content().withKeyChantier(false);
        if (sheets.update(sheetId, sheet.version(), content, editorId) == 1) {
            sheets.insertRevision(sheetId, sheet.version() + 1, content, editorId);
        }
    }

    private long requireWorkshop(Actor actor, long workshopId) {
        if (!actor.organiser() && !sheets.leads(actor.id(), workshopId)) {
            throw new NotYourWorkshop(actor.email(), "workshop " + workshopId);
        }
        return sheets.eventOfWorkshop(workshopId)
                .orElseThrow(() -> new NotYourWorkshop(actor.email(), "workshop " + workshopId));
    }

    /** Returns the sheet's workshop once the person may reach it. */
    private long requireSheet(Actor actor, long sheetId) {
        long workshopId = sheets.workshopOfSheet(sheetId).orElseThrow(() -> new SheetGone(sheetId));
        if (!actor.organiser() && !sheets.leads(actor.id(), workshopId)) {
            throw new NotYourWorkshop(actor.email(), "sheet " + sheetId);
        }
        return workshopId;
    }

    private Actor actor(String email) {
        long id = accounts.findIdByEmail(email).orElseThrow(() -> new NotYourWorkshop(email, "anything"));
        var roles = accounts.roles(id);
        if (!roles.contains(Roles.ORGANISER) && !roles.contains(Roles.FACILITATOR)) {
            throw new NotYourWorkshop(email, "anything");
        }
        return new Actor(id, email, roles.contains(Roles.ORGANISER));
    }

    private record Actor(long id, String email, boolean organiser) {
    }
}
