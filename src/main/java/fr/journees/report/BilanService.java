package fr.journees.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;
import fr.journees.event.EventService;
import fr.journees.event.OrganisationRole;
import fr.journees.funding.FundingService;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.registration.RegistrationCounts;
import fr.journees.registration.Tally;

/**
 * Gathers the funders' report of a day from the services of the features that own each part, and
 * hands it to the PDF and XLSX exporters. Organisers only (the banque de projets is theirs).
 */
@Service
public class BilanService {

    private final EventService events;
    private final RegistrationCounts counts;
    private final ChantierService chantiers;
    private final FundingService funding;
    private final BilanLabels labels;
    private final BilanPdfExporter pdf;
    private final BilanXlsxExporter xlsx;
    private final SurveyService surveys;

    BilanService(EventService events, RegistrationCounts counts, ChantierService chantiers, FundingService funding,
                 MessageSource messages, BilanPdfExporter pdf, BilanXlsxExporter xlsx, SurveyService surveys) {
        this.surveys = surveys;
        this.events = events;
        this.counts = counts;
        this.chantiers = chantiers;
        this.funding = funding;
        this.labels = new BilanLabels(messages);
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public byte[] pdf(String actorEmail, long eventId, Locale locale) {
        return pdf.pdf(bilan(actorEmail, eventId, locale), locale);
    }

    public byte[] xlsx(String actorEmail, long eventId, Locale locale) {
        return xlsx.xlsx(bilan(actorEmail, eventId, locale), locale);
    }

    public Bilan bilan(String actorEmail, long eventId, Locale locale) {
        var banque = chantiers.banque(actorEmail, eventId);
        var event = events.details(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        var hours = DateTimeFormatter.ofPattern("HH'h'mm");
        var day = new Bilan.Day(event.slug(), event.title(), event.subtitle(), event.date(),
                labels.text(locale, "report.hours", event.start().format(hours), event.end().format(hours)),
                event.venueName(), names(event.organisations(), OrganisationRole.ORGANISER),
                names(event.organisations(), OrganisationRole.PARTNER));
        var attendance = counts.attendance(List.of(eventId));
        var itineraries = counts.byItinerary(eventId);
        var workshops = counts.byWorkshop(eventId);
        var banqueLines = banque.workshops().stream().map(w -> new Bilan.BanqueLine(w.title(),
                w.count(Feasibility.GREEN), w.count(Feasibility.ORANGE), w.count(Feasibility.RED),
                w.count(Feasibility.UNKNOWN))).toList();
        var banqueTotal = new Bilan.BanqueLine(labels.text(locale, "report.total"),
                banque.count(Feasibility.GREEN), banque.count(Feasibility.ORANGE), banque.count(Feasibility.RED),
                banque.count(Feasibility.UNKNOWN));
        return new Bilan(day, attendance, attendance.present() > 0,
                lines(itineraries, t -> t.key() == null ? labels.text(locale, "report.none.itinerary") : t.label()),
                lines(workshops, t -> t.key() == null ? labels.text(locale, "report.none.workshop") : t.label()),
                lines(counts.byStructureKind(List.of(eventId)), t -> labels.structureKind(t.key(), locale)),
                lines(counts.byDepartement(List.of(eventId)), t -> labels.departement(t.key(), locale)),
                banqueLines, banqueTotal, funding.table(eventId),
                sheets(attendance.confirmed(), itineraries, workshops, locale), surveys.results(eventId, locale));
    }

    private List<Bilan.Sheet> sheets(int confirmed, List<Tally> itineraries, List<Tally> workshops, Locale locale) {
        var sheets = new ArrayList<Bilan.Sheet>();
        sheets.add(new Bilan.Sheet(labels.text(locale, "report.sheet.day"), confirmed));
        itineraries.stream().filter(t -> t.key() != null).forEach(t -> sheets.add(
                new Bilan.Sheet(labels.text(locale, "report.sheet.itinerary", t.label()), t.registered())));
        workshops.stream().filter(t -> t.key() != null).forEach(t -> sheets.add(
                new Bilan.Sheet(labels.text(locale, "report.sheet.workshop", t.label()), t.registered())));
        return sheets;
    }

    static List<Bilan.Line> lines(List<Tally> tallies, Function<Tally, String> label) {
        int max = tallies.stream().mapToInt(t -> Math.max(t.registered(), t.present())).max().orElse(0);
        return tallies.stream().map(t -> new Bilan.Line(label.apply(t), t.registered(), t.present(),
                bar(t.registered(), max), bar(t.present(), max))).toList();
    }

    private static int bar(int count, int max) {
        return max == 0 ? 0 : Math.round(100f * count / max);
    }

    private static List<String> names(List<fr.journees.event.EventOrganisation> organisations, OrganisationRole role) {
        return organisations.stream().filter(o -> o.role() == role).map(o -> o.name()).toList();
    }
}
