package fr.journees.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The Bayonne day again, three weeks ahead of the day the demo is loaded, registration open: a newcomer
 * can register on the public pages, see fill rates and a waitlist, fiches of every colour and the door.
 */
final class UpcomingBayonneDay {

    static final String SLUG = "visite-bayonne-prochaine";
    static final int DAYS_AHEAD = 21;
    /** Small enough that the demo registrations fill it and put the last ones on the waitlist. */
    static final int CAPACITY = 12;

    private UpcomingBayonneDay() {
    }

    static DemoDay create(LocalDate today) {
        var model = BayonneDemoDay.create();
        var e = model.event();
        var date = today.plusDays(DAYS_AHEAD);
        var event = new DemoDay.Event(SLUG, e.title() + " — nouvelle édition", e.subtitle(), e.theme(), date,
                e.start(), e.end(), e.venuePlaceKey(), "PUBLISHED", today.minusDays(7).atTime(9, 0),
                LocalDateTime.of(date.minusDays(2), LocalTime.of(23, 59)), CAPACITY, e.lunchOffered(),
                e.defaultWalkMinutes(), e.organiserKeys(), e.partnerKeys());
        return new DemoDay(event, model.organisations(), model.places(), model.people(), model.texts(),
                model.programme(), model.itineraries(), model.workshops(), model.funders());
    }

    /** The people registered on the copy: first name, last name, structure, whether they came already. */
    record Participant(String firstName, String lastName, String organisation, String structureKind,
                       String departement, boolean arrived) {
    }

    static List<Participant> participants() {
        return List.of(
                new Participant("Léa", "Etchegaray", "Collectif Social Web", "ASSOCIATION", "64", true),
                new Participant("Marc", "Durruty", "GIP DSU de Bayonne et du Pays Basque", "LOCAL_AUTHORITY", "64", true),
                new Participant("Amaia", "Irigoyen", "Ville de Bayonne", "LOCAL_AUTHORITY", "64", true),
                new Participant("Karim", "Benali", "Maison de la Vie Citoyenne Saint Etienne", "ASSOCIATION", "64", true),
                new Participant("Sophie", "Laborde", "CAF des Pyrénées-Atlantiques", "STATE", "64", false),
                new Participant("Julien", "Moreau", "Hubikoop", "ASSOCIATION", "33", false),
                new Participant("Nathalie", "Dupuy", "Communauté d'agglomération Pays Basque", "LOCAL_AUTHORITY", "64", false),
                new Participant("Youssef", "El Amrani", "Association Les Petits Débrouillards", "ASSOCIATION", "64", false),
                new Participant("Claire", "Harriet", "Conseil départemental des Pyrénées-Atlantiques", "LOCAL_AUTHORITY", "64", false),
                new Participant("Thomas", "Garat", "Médiathèque de Bayonne", "LOCAL_AUTHORITY", "64", false),
                new Participant("Inès", "Fontaine", "PIMMS Médiation Bordeaux", "ASSOCIATION", "33", false),
                new Participant("Pierre", "Lasserre", "Habitante du quartier", "RESIDENT", "64", false),
                new Participant("Maite", "Ospital", "France Services Bayonne", "STATE", "64", false),
                new Participant("Hugo", "Sallaberry", "Pôle emploi Bayonne", "STATE", "64", false));
    }

    /** A fiche of each colour: feasibility, group, key title, whether it is its group's key chantier. */
    record Fiche(String feasibility, String group, String keyTitle, String enjeu, String obstacles) {
    }

    static List<Fiche> fiches() {
        return List.of(
                new Fiche("GREEN", "Groupe A", "Un escape game du numérique au collège",
                        "Prévenir le cyberharcèlement chez les 11-14 ans", "Trouver des créneaux dans l'emploi du temps"),
                new Fiche("ORANGE", "Groupe B", "Des parents ambassadeurs du numérique",
                        "Associer les familles à l'éducation aux écrans", "Mobiliser les parents sur la durée"),
                new Fiche("RED", "Groupe C", "Une web radio des jeunes du quartier",
                        "Donner la parole aux jeunes", "Pas de local ni de financement identifié"),
                new Fiche("UNKNOWN", "Groupe D", "Un repair café numérique itinérant",
                        "Réduire la fracture liée à l'équipement", "Qui porte le projet ?"));
    }
}
