package fr.journees.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.journees.base.pdf.PdfRenderer;

/** Sign-in sheets and badges as PDF: pure functions of the header and the attendees. */
@Component
public class SheetsExporter {

    private final PdfRenderer renderer;

    SheetsExporter(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] signInSheet(SheetHeader header, List<Attendee> attendees, Locale locale) {
        return renderer.render("fr/journees/sheets/emargement.xhtml",
                Map.of("header", header, "attendees", attendees), locale);
    }

    /**
     * qrOf: what the QR code of a participant's check-in code carries (the code itself for the door's
     * scanners); null for no QR code. A registration without a code gets no QR code.
     */
    public byte[] badges(SheetHeader header, List<Attendee> attendees, java.util.function.Function<String, String> qrOf,
                         Locale locale) {
        var badges = new ArrayList<Badge>(attendees.size());
        for (var attendee : attendees) {
            badges.add(new Badge(attendee, qrOf == null || attendee.checkinCode() == null ? null
                    : QrCodes.dataUri(qrOf.apply(attendee.checkinCode()))));
        }
        return renderer.render("fr/journees/sheets/badges.xhtml", Map.of("header", header, "pages", pages(badges)),
                locale);
    }

    /** Pages of 4 rows of 2 badges: a badge is never cut, and sheets cut along a fixed grid. */
    static List<List<List<Badge>>> pages(List<Badge> badges) {
        var pages = new ArrayList<List<List<Badge>>>();
        for (int p = 0; p < badges.size(); p += PER_PAGE) {
            var rows = new ArrayList<List<Badge>>();
            for (int r = p; r < Math.min(p + PER_PAGE, badges.size()); r += 2) {
                rows.add(badges.subList(r, Math.min(r + 2, badges.size())));
            }
            pages.add(rows);
        }
        return pages;
    }

    static final int PER_PAGE = 8;

    public record Badge(Attendee attendee, String qr) {
    }
}
