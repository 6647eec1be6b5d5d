package fr.journees.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PlaceDraft;
import fr.journees.event.EventContentService;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FundingService;
import fr.journees.funding.SelfFinancingDraft;
import fr.journees.event.EventStatus;
import fr.journees.event.EventTextDraft;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.TextSection;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopDraft;
import fr.journees.security.AccountService;
import fr.journees.security.NewAccount;
import fr.journees.security.Roles;
import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;

/** Writes a demo day through each feature's service, in one transaction, once. */
@Service
class DemoDayImporter {

    private final AccountService accounts;
    private final DirectoryService directory;
    private final EventService events;
    private final EventContentService content;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final FundingService funding;

    DemoDayImporter(AccountService accounts, DirectoryService directory, EventService events,
                    EventContentService content, ItineraryService itineraries, WorkshopService workshops,
                    FundingService funding) {
        this.funding = funding;
        this.accounts = accounts;
        this.directory = directory;
        this.events = events;
        this.content = content;
        this.itineraries = itineraries;
        this.workshops = workshops;
    }

    /** Returns false, changing nothing, when an event with the day's slug already exists. */
    @Transactional
    public boolean importDay(DemoDay day) {
        accounts.ensure(new NewAccount(DemoAccounts.ORGANISER_EMAIL, "Organisatrice démo", Set.of(Roles.ORGANISER),
                false), DemoAccounts.PASSWORD);
        long facilitatorId = accounts.ensure(new NewAccount(DemoAccounts.FACILITATOR_EMAIL, "Animateur démo",
                Set.of(Roles.FACILITATOR), false), DemoAccounts.PASSWORD);
        if (events.idBySlug(day.event().slug()).isPresent()) {
            return false;
        }
        var organisations = organisations(day.organisations());
        var places = places(day.places());
        var people = people(day.people(), organisations);
        long eventId = event(day.event(), places, organisations);
        content.addTexts(eventId, day.texts().stream()
                .map(t -> new EventTextDraft(TextSection.valueOf(t.section()), t.title(), t.authorLine(), t.body()))
                .toList());
        content.addProgrammeItems(eventId, day.programme().stream()
                .map(s -> new ProgrammeItemDraft(s.start(), s.end(), ProgrammeKind.valueOf(s.kind()), s.title(),
                        s.description(), s.locationText(), s.placeKey() == null ? null : places.get(s.placeKey())))
                .toList());
        for (var itinerary : day.itineraries()) {
            itineraries.create(eventId,
                    new ItineraryDraft(itinerary.name(), ItineraryColour.valueOf(itinerary.colour()),
                            itinerary.capacity(), itinerary.departure()),
                    itinerary.stops().stream()
                            .map(stop -> new StopDraft(places.get(stop.placeKey()), stop.theme(),
                                    stop.durationMinutes(), stop.walkMinutesBefore(),
                                    stop.speakerKeys().stream().map(people::get).toList()))
                            .toList());
        }
        for (var workshop : day.workshops()) {
            long workshopId = workshops.create(eventId, new WorkshopDraft(workshop.title(),
                    workshop.guidingQuestions(), workshop.objectives(), workshop.room(), workshop.capacity()));
            if (workshop.facilitatedByDemoAccount()) {
                workshops.addFacilitator(workshopId, facilitatorId);
            }
            for (var initiative : workshop.initiatives()) {
                long porteurId = directory.ensureOrganisation(new OrganisationDraft(initiative.porteurName(),
                        OrganisationKind.valueOf(initiative.porteurKind()), null, null, null, null, null, null, null));
                long initiativeId = workshops.ensureInitiative(new InitiativeDraft(initiative.title(), porteurId,
                        initiative.actsOn(), initiative.territory(), initiative.description()));
                workshops.addToRecueil(workshopId, initiativeId);
            }
        }
        for (var funder : day.funders()) {
            if ("SELF".equals(funder.category())) {
                funding.setSelfFinancing(eventId, new SelfFinancingDraft(funder.amount(), null));
            } else {
                funding.add(eventId, new FunderDraft(FunderCategory.valueOf(funder.category()), funder.name(),
                        funder.organisationKey() == null ? null : organisations.get(funder.organisationKey()),
                        funder.programmeLabel(), funder.amount(), null));
            }
        }
        return true;
    }

    private Map<String, Long> organisations(List<DemoDay.Organisation> organisations) {
        var ids = new HashMap<String, Long>();
        for (var o : organisations) {
            ids.put(o.key(), directory.ensureOrganisation(new OrganisationDraft(o.name(),
                    OrganisationKind.valueOf(o.kind()), o.territory(), o.contact(), o.email(), o.phone(), o.address(),
                    o.website(), o.description())));
        }
        return ids;
    }

    private Map<String, Long> places(List<DemoDay.Place> places) {
        var ids = new HashMap<String, Long>();
        for (var p : places) {
            ids.put(p.key(), directory.ensurePlace(new PlaceDraft(p.name(), p.shortName(), p.address(), p.latitude(),
                    p.longitude(), p.description(), p.accessibility(), p.facts())));
        }
        return ids;
    }

    private Map<String, Long> people(List<DemoDay.Person> people, Map<String, Long> organisations) {
        var ids = new HashMap<String, Long>();
        for (var p : people) {
            var organisationId = p.organisationKey() == null ? null : organisations.get(p.organisationKey());
            ids.put(p.key(), directory.ensurePerson(new PersonDraft(p.fullName(), p.functionLine(), organisationId)));
        }
        return ids;
    }

    private long event(DemoDay.Event e, Map<String, Long> places, Map<String, Long> organisations) {
        var draft = new EventDraft(e.slug(), e.title(), e.subtitle(), e.theme(), e.date(), e.start(), e.end(),
                places.get(e.venuePlaceKey()), EventStatus.valueOf(e.status()), e.registrationOpensAt(),
                e.registrationClosesAt(), e.capacity(), e.lunchOffered(), e.defaultWalkMinutes());
        return events.create(draft, e.organiserKeys().stream().map(organisations::get).toList(),
                e.partnerKeys().stream().map(organisations::get).toList());
    }
}
