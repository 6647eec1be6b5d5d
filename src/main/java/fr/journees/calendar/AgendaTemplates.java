package fr.journees.calendar;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Participants of the same group get the same agenda but for their personal link: in a rush of
 * registrations the calendar file is written once per day version, group, language and state, with a
 * stand-in where the link goes, and each copy gets its own link put in before its lines are folded. A
 * template serves {@link #LIFETIME} at most, so that DTSTAMP stays the time of writing within that.
 * A link holding a character that a TEXT value would escape is written whole, without a template.
 */
final class AgendaTemplates {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_TEMPLATES = 512;

    /** Which agenda: everything it is made of except the link. */
    record Key(long eventId, String dayStamp, String language, boolean cancelled, Long itineraryId,
               Long workshopId) {
    }

    private record Template(String unfolded, Instant writtenAt) {
    }

    /** Letters and digits only, drawn at start: nothing escapes it, no organiser's text can hold it. */
    private final String standIn = "journeesagendalink" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private final Map<Key, Template> templates = new ConcurrentHashMap<>();

    /**
     * The agenda's bytes for that link; written is the unfolded text of the agenda for a link, as
     * {@link ICalendarExporter#unfolded} gives it at that instant.
     */
    byte[] agenda(Key key, String link, Instant now, BiFunction<String, Instant, String> written) {
        if (!putsInAsIs(link)) {
            return ICalendarExporter.folded(written.apply(link, now));
        }
        var template = templates.get(key);
        if (template == null || template.writtenAt.plus(LIFETIME).isBefore(now)) {
            if (templates.size() >= MAX_TEMPLATES) {
                templates.clear();
            }
            template = new Template(written.apply(standIn, now), now);
            templates.put(key, template);
        }
        return ICalendarExporter.folded(template.unfolded.replace(standIn, link));
    }

    /** A link that reads the same in a URI value and in an escaped TEXT value. */
    static boolean putsInAsIs(String link) {
        return link.chars().noneMatch(c -> c == '\\' || c == ';' || c == ',' || c == '"' || c < 0x20);
    }
}
