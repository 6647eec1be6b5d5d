package fr.journees.demo;

import fr.journees.demo.DemoDay.Event;
import fr.journees.demo.DemoDay.Funder;
import fr.journees.demo.DemoDay.Initiative;
import fr.journees.demo.DemoDay.Itinerary;
import fr.journees.demo.DemoDay.Organisation;
import fr.journees.demo.DemoDay.Person;
import fr.journees.demo.DemoDay.Place;
import fr.journees.demo.DemoDay.Slot;
import fr.journees.demo.DemoDay.Stop;
import fr.journees.demo.DemoDay.Text;
import fr.journees.demo.DemoDay.Workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The study day of 3 October 2024 in the Hauts de Sainte-Croix-Mounédé quarter of Bayonne, taken from its
 * booklet ("Inclusion numérique dans les quartiers prioritaires — Expériences et projets inspirants").
 *
 * <p>The booklet gives neither the addresses nor the coordinates of the places, nor the workshop rooms: those
 * are plausible demo values.
 */
final class BayonneDemoDay {

    private static final String PQNA = "pqna";
    private static final String HUBIKOOP = "hubikoop";
    private static final String GIP = "gip";
    private static final String FIBRE64 = "fibre64";
    private static final String ESCM_ORG = "escm";
    private static final String MVC = "mvc";
    private static final String CSW_ORG = "csw";
    private static final String ARTOTEKAFE = "artotekafe";

    private static final String CAMUS = "camus";
    private static final String ESCM = "escm";
    private static final String CYBERBASE = "cyberbase";
    private static final String CSW = "csw";

    private static final String THEME_CAMUS = "Sensibilisation aux usages du numérique pour les collégiens";
    private static final String THEME_ESCM = "Le numérique comme levier de lutte contre l'isolement";
    private static final String THEME_CYBERBASE = "Education aux médias pour les enfants";
    private static final String THEME_CSW = "Favoriser l'accessibilité pour tous à l'autonomie numérique";

    private static final String COOPERATION = "Dynamiques de coopération Inclusion numérique Politique de la Ville";

    private BayonneDemoDay() {
    }

    static DemoDay create() {
        return new DemoDay(event(), organisations(), places(), people(), texts(), programme(), itineraries(),
                workshops(), funders());
    }

    /** Example data, not the real day's budget: every line says so, so nobody takes it for a real figure. */
    private static List<Funder> funders() {
        return List.of(
                new Funder("STATE", "ANCT – politique de la ville (exemple)", null, "BOP 147 (exemple)",
                        new BigDecimal("4500.00")),
                new Funder("REGION", "Région Nouvelle-Aquitaine (exemple)", null, "Inclusion numérique (exemple)",
                        new BigDecimal("3000.00")),
                new Funder("EUROPEAN_UNION", "FEDER Nouvelle-Aquitaine (exemple)", null,
                        "FEDER – usages numériques (exemple)", new BigDecimal("2400.00")),
                new Funder("OTHER_PUBLIC", "La Fibre64 (exemple)", FIBRE64, null, new BigDecimal("1200.00")),
                new Funder("SELF", "Autofinancement PQN-A (exemple)", null, null, new BigDecimal("900.00")));
    }

    private static Event event() {
        return new Event(
                "visite-bayonne-2024",
                "Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne",
                "Expériences et projets inspirants",
                "Inclusion numérique dans les quartiers prioritaires",
                LocalDate.of(2024, 10, 3),
                LocalTime.of(9, 0),
                LocalTime.of(16, 30),
                CAMUS,
                "PUBLISHED",
                LocalDateTime.of(2024, 9, 2, 9, 0),
                LocalDateTime.of(2024, 10, 1, 23, 59),
                60,
                true,
                5,
                List.of(PQNA, HUBIKOOP),
                List.of(GIP, FIBRE64));
    }

    private static List<Organisation> organisations() {
        return List.of(
                new Organisation(PQNA, "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)", "PUBLIC_BODY",
                        "Nouvelle-Aquitaine", null, "contact@pqn-a.fr", "05 56 90 81 00",
                        "Ecosystème Darwin, 87 quai de Queyries, 33100 Bordeaux", "https://www.pqn-a.fr",
                        """
                        Créé en 2002, PQN-A (Pays et Quartiers de Nouvelle-Aquitaine) est un Groupement d'Intérêt Public. Il s'inscrit dans le Réseau National des Centres de Ressources Politique de la Ville (RNCRPV).

                        Depuis 2021, PQN-A mène la mission "Inclusion numérique et territoires" en partenariat avec Hubikoop."""),
                new Organisation(HUBIKOOP, "Hubikoop", "COOPERATIVE", "Nouvelle-Aquitaine", null,
                        "contact@hubikoop.fr", null, "Ecosystème Darwin, 87 quai de Queyries, 33100 Bordeaux",
                        "https://hubikoop.fr",
                        """
                        Hubikoop est le Hub territorial de Nouvelle-Aquitaine sur l'inclusion numérique. Société coopérative d'intérêt collectif, Hubikoop est le centre de ressources pour les acteurs de l'inclusion numérique de la région."""),
                new Organisation(GIP, "GIP DSU de Bayonne et du Pays Basque", "PUBLIC_BODY", "Bayonne, Pays Basque",
                        null, null, null, null, null,
                        """
                        L'action du GIP DSU se déploie depuis plus de 20 ans dans les quartiers prioritaires bayonnais de la politique de la ville, quartiers où la mixité sociale et la multiculturalité ne doivent pas faire oublier les grandes inégalités qui se manifestent dans la vie quotidienne des habitants, notamment en matière d'usage du numérique."""),
                new Organisation(FIBRE64, "La Fibre64", "PUBLIC_BODY", "Pyrénées-Atlantiques (64)",
                        null, null, null, null, null,
                        """
                        Depuis sa création en 2018, le Syndicat Mixte Ouvert La Fibre64 et l'ensemble de ses membres (tous les EPCI du département des Pyrénées-Atlantiques et le conseil départemental) ont décidé d'associer au déploiement du Très-Haut débit une politique volontariste sur les usages numériques, en la dotant d'un budget et d'un emploi dédié à plein temps."""),
                new Organisation(ESCM_ORG, "Espace socio culturel municipal (ESCM) de Bayonne", "LOCAL_AUTHORITY",
                        "Bayonne, quartier Sainte-Croix", null, null, null, null, null, null),
                new Organisation(MVC, "Maison de la Vie Citoyenne (MVC) Saint Etienne", "LOCAL_AUTHORITY",
                        "Bayonne, quartier Saint Etienne", null, null, null, null, null, null),
                new Organisation(CSW_ORG, "Collectif Social Web", "ASSOCIATION", "Bayonne",
                        null, null, null, null, null, null),
                new Organisation(ARTOTEKAFE, "Artotekafé", "ASSOCIATION", "Bayonne",
                        null, null, null, null, null, "Un café associatif situé dans le quartier"));
    }

    private static List<Place> places() {
        return List.of(
                new Place(CAMUS, "Collège Albert Camus", null,
                        "Collège Albert Camus, 2 avenue Jean Rostand, 64100 Bayonne",
                        new BigDecimal("43.502100"), new BigDecimal("-1.459800"),
                        """
                        Depuis sa création en 2018 le **syndicat mixte La Fibre64** intervient auprès des collégiens de 6ème et 5ème du département. Des ateliers de deux heures sont animés par des médiateurs numériques afin de les sensibiliser aux usages numériques. La posture pédagogique choisie, ouverte et ludique, permet aux élèves de s'interroger sur leurs propres pratiques, de les responsabiliser sans les culpabiliser. Réseaux sociaux, identité numérique, empreinte carbone du numérique, cyber harcèlement, fake news, intelligence artificielle sont autant de sujets abordés de façon participative avec les élèves.

                        Le programme des interventions évolue chaque année en fonction des sujets d'actualité.""",
                        null,
                        List.of("""
                                Depuis 2018 ce sont plus de 12 000 élèves sensibilisés, dans 525 classes au sein de 160 collèges privés et publics, pour un budget moyen de 20 000 euros par an financés par La Fibre64.

                                En 2023-2024 ce sont près de 3 500 collégiens qui ont bénéficié de cette action.""")),
                new Place(ESCM, "Espace socio culturel municipal (ESCM) de Bayonne", "ESCM",
                        "ESCM, 6 rue Jules Verne, 64100 Bayonne",
                        new BigDecimal("43.503400"), new BigDecimal("-1.457600"),
                        """
                        C'est une présentation à double voix pour parler de ce sujet !

                        D'une part, Bruno Pescrilli est référent seniors à la **Maison de la Vie Citoyenne (MVC) Saint Etienne**, un centre social au cœur des quartiers prioritaires de la ville de Bayonne. Animateur de quartier et éducateur sportif, il mène un atelier informatique auprès des seniors 1 fois par semaine parmi d'autres activités. Il se déplace également aux domiciles des seniors (problème de connexion box/wifi, d'imprimante...).

                        D'autre part, Yann Amice est animateur multimédia à la **Cyber Base de l'ESCM, le centre social de Sainte-Croix**. Il propose des ateliers numériques pour le grand public, en mettant l'accent sur l'inclusion numérique et sociale. La programmation diversifiée répond aux besoins des utilisateurs et facilite leur adaptation à un monde de plus en plus dématérialisé. Située au cœur du centre social, la Cyber Base permet aux apprenants de découvrir un lieu de vie diversifié, contribuant à des moments d'échange et de découverte.""",
                        null,
                        List.of()),
                new Place(CYBERBASE, "Cyberbase de l'école Charles Malégarie", null,
                        "École Charles Malégarie, 12 rue Maurice Ravel, 64100 Bayonne",
                        new BigDecimal("43.500900"), new BigDecimal("-1.461200"),
                        """
                        La Cyber Base de l'école Charles Malégarie aide les élèves à acquérir une culture numérique essentielle à leur apprentissage et leur quotidien. Elle met en place des projets comme " Résolab " pour sensibiliser aux règles d'usage du numérique. Les élèves participent à divers ateliers le vendredi après-midi, sur des temps de classe ouverte. En dehors des heures scolaires, la Cyber Base propose des Activités Périscolaires Municipales (APM) et les " mercredis du numérique ", où les élèves peuvent s'initier à divers aspects du numérique de manière ludique et collaborative.""",
                        null,
                        List.of()),
                new Place(CSW, "Le Collectif Social Web", "CSW",
                        "Résidence Breuer, 3 rue Marcel Breuer, 64100 Bayonne",
                        new BigDecimal("43.501600"), new BigDecimal("-1.456900"),
                        """
                        Le Collectif Social Web, a conçu un projet ambitieux où innovation technologique et innovation sociale convergent : garantir un accès aux outils et un apprentissage aux pratiques numériques pour les personnes les plus défavorisées. Au cœur des quartiers prioritaires de Bayonne, l'association Collectif Social Web agit sur toutes les dimensions de l'inclusion numérique et pour l'accès à la culture numérique pour tous.

                        Le CSW organise des rencontres, des ateliers, et propose un repair café. Labellisé France Services depuis 2023, deux agents sont mobilisés pour répondre, informer, orienter et accompagner tous les publics aux démarches administratives en ligne et à l'accès aux droits.""",
                        null,
                        List.of("""
                                Nous accompagnons plus d'une vingtaine de personnes par jour ! Carte grise, permis de conduire, passeport, carte d'identité, sécurité sociale, retraite, chèque-énergie, impôts, CV, droits, recherche d'emploi, logement, n'ont plus de secret pour nous.""")));
    }

    private static List<Person> people() {
        return List.of(
                new Person("arnaud", "Arnaud Léchit",
                        "chargé de mission inclusion numérique à la Fibre64", FIBRE64),
                new Person("yann", "Yann Amice", "animateur multimédia à l'ESCM", ESCM_ORG),
                new Person("bruno", "Bruno Pescrilli",
                        "référent seniors à la Maison de la Vie Citoyenne (MVC) du quartier Saint Etienne à Bayonne",
                        MVC),
                new Person("alexandre", "Alexandre Proust", "conseiller médiateur numérique", null),
                new Person("virginie", "Virginie Sabourin", "médiatrice numérique au collectif social web", CSW_ORG),
                new Person("millet-barbe", "Monsieur Millet-Barbé",
                        "président du GIP DSU de Bayonne et du Pays Basque", GIP));
    }

    private static List<Text> texts() {
        return List.of(
                new Text("INTRODUCTION", "Introduction", null,
                        """
                        Aujourd'hui, ce sont quatorze millions de français qui sont considérés comme exclus du numérique (INSEE Première, Octobre 2019). En effet, 48% des Français éprouvent au moins une forme de difficulté qui les empêche d'utiliser pleinement les outils numériques et internet (Baromètre du numérique, Crédoc, janvier 2023). De plus, en Nouvelle-Aquitaine en 2022, 850 000 personnes sont encore considérées comme illectroniques, c'est-à-dire qu'elles n'ont pas utilisé internet durant l'année ou ne possèdent pas les compétences numériques de base (INSEE, Janvier 2023).

                        Ce constat est d'autant plus vrai concernant les habitants des QPV. En effet, selon l'enquête CAPUNI (GIS Marsouin, 2019), 32% des habitants des quartiers qui ne possèdent pas de smartphone le justifient par le coût de l'abonnement.

                        Aujourd'hui, les actions se multiplient pour l'accès au numérique dans les QPV, mais celles-ci ne sont pas toujours intégrées dans une feuille de route structurée. De plus, l'enjeu d'inclusion numérique est un enjeu transversal et peut concerner plusieurs thématiques : accès aux droits, à la connexion, à l'équipement, développement économique, numérique éducatif, numérique responsable, aller vers... Par conséquent, il n'est pas aisé pour une collectivité de se situer par rapport à cet enjeu et de s'en saisir, notamment dans le contrat de ville.

                        De fait, comment mieux faire agir pour concilier les problématiques de précarité et d'exclusion numérique ? Comment travailler ensemble à des pistes de solutions concrètes ? Quels types de projets pouvez-vous impulser et soutenir, au bénéfice des habitants des quartiers prioritaires ?"""),
                new Text("INTRODUCTION", "La Politique de la ville, de quoi parle-t-on ?", null,
                        """
                        La politique de la ville est une politique publique de cohésion territoriale et sociale qui s'adresse aux quartiers défavorisés des villes. Son ambition est de réduire les inégalités de développement de ces quartiers par rapport au reste de leur unité urbaine, mais aussi et surtout d'améliorer les conditions de vie des habitants. La politique de la ville est mise en œuvre au moyen des contrats de ville, documents qui lient l'Etat, l'EPCI, les communes et les autres partenaires des territoires autour du projet pour les quartiers concernés par la géographie prioritaire.

                        Les contrats de ville " Engagements Quartiers 2030 " sont désormais soit en cours de signature, soit déjà en vigueur. Ces contrats fixent le cadre d'un projet renouvelé pour les quartiers prioritaires, au regard des enjeux qui les traversent autour des axes prioritaires fixés par l'Etat : emploi, transitions, émancipation et sécurité.

                        La Région Nouvelle-Aquitaine compte 26 contrats de ville pour la période 2024-2030, rassemblant 83 quartiers prioritaires, dont 2 qui sont situés sur l'agglomération du Pays Basque, Maubec-Citadelle et Hauts de Sainte-Croix-Mounédé. La Nouvelle-Aquitaine se caractérise notamment par la diversité des quartiers situés dans la géographie prioritaire, avec des territoires historiques de quartiers de grands ensembles des périphéries urbaines, mais aussi de petits quartiers d'habitat collectif situés au sein d'EPCI plus ruraux, et des quartiers de centres anciens dégradés."""),
                new Text("INTRODUCTION", "L'inclusion numérique dans les Pyrénées-Atlantiques (64)",
                        "par Arnaud LÉCHIT, chargé de mission Inclusion Numérique à la Fibre64.",
                        """
                        Depuis sa création en 2018, le Syndicat Mixte Ouvert La Fibre64 et l'ensemble de ses membres (tous les EPCI du département des Pyrénées-Atlantiques et le conseil départemental) ont décidé d'associer au déploiement du Très-Haut débit une politique volontariste sur les usages numériques, en la dotant d'un budget et d'un emploi dédié à plein temps.

                        Constatant dès les prémices de cette démarche que l'inclusion numérique n'était pas seulement le domaine des médiateurs numériques mais aussi de nombreux acteurs des champs de l'emploi, la solidarité, l'insertion, La Fibre64, en collaboration avec le Département a, dans un premier temps, réalisé un diagnostic territorial en partenariat avec l'Agence Nationale pour la Cohésion des Territoires et l'association WeTechCare.

                        Ce diagnostic a permis de construire une stratégie d'inclusion numérique reposant sur deux axes majeurs :

                        - La constitution de Réseaux Locaux d'Inclusion Numérique (RLIN) à l'échelle de bassins de vie (territoire des Services Départementaux de la Solidarité, de l'Emploi et de l'Insertion) afin de répondre précisément et en proximité aux problématiques locales ;
                        - La création d'un Comité des Partenaires de l'Inclusion Numérique (COPIN64) composé de La Fibre64, le Département et les Opérateurs Publics (CAF, CPAM, MSA, Pôle-Emploi...)

                        Conjuguée à la coordination des Conseillers Numériques et à un travail " main dans la main " avec la Préfecture des Pyrénées-Atlantiques, cette stratégie a notamment bénéficié aux Quartiers Prioritaires des Villes de Bayonne et Pau. Ainsi, l'interconnaissance des structures de tous horizons présentes dans ces quartiers, favorisée par les RLIN, a donné lieu à de nombreux projets transversaux d'accompagnement des publics et de montée en compétence des professionnels permettant de répondre à la diversité des problématiques liées à l'inclusion numérique.

                        Aujourd'hui, cette stratégie reste le pilier de la nouvelle feuille de route départementale d'inclusion numérique en cours d'élaboration dans le cadre de France Numérique Ensemble. La démarche regroupe une grande variété d'acteurs. Aussi, fort de cette organisation, le territoire des Pyrénées-Atlantiques pourra continuer à mener une stratégie ambitieuse d'inclusion numérique dans les prochaines années."""),
                new Text("INTRODUCTION",
                        "L'inclusion numérique, un enjeu pour les quartiers prioritaires de l'agglomération du Pays Basque",
                        "par Monsieur MILLET-BARBÉ, président du GIP DSU de Bayonne et du Pays Basque",
                        """
                        L'action du GIP DSU se déploie depuis plus de 20 ans dans les quartiers prioritaires bayonnais de la politique de la ville, quartiers où la mixité sociale et la multiculturalité ne doivent pas faire oublier les grandes inégalités qui se manifestent dans la vie quotidienne des habitants, notamment en matière d'usage du numérique.

                        Le GIP DSU a mené, sur plusieurs années, dans le cadre du dernier Contrat de Ville, une démarche d'ingénierie participative intitulée « Cultivons la Solidarité » autour des enjeux de l'économie sociale et solidaire.

                        Ce travail a fait émerger la question des enjeux autour de la fracture numérique et a permis la création de l'association " Collectif Social Web " et son déploiement au cœur des quartiers prioritaires, en pied d'immeuble de la résidence Breuer. L'association a amplifié son action et son implication au bénéfice des habitants par sa labellisation " Maison France Services ".

                        Nous continuons à soutenir les actions destinées à développer l'accès au numérique pour tous, depuis les écoliers avec la Cité Éducative de Bayonne, jusqu'aux générations seniors et nous continuerons à maintenir ce cap dans le contrat de ville « Engagements Quartier 2030 » que nous allons signer d'ici cet été à Bayonne.

                        La prochaine étape, en 2026, sera d'installer, dans un bâtiment dédié, sur la place des Gascons, un ensemble d'associations et de services dans lequel le numérique sera décliné en transversalité, auprès de tous les acteurs présents dans ce pôle : supermarché coopératif, cuisines professionnelles partagées, médiathèque, CitésLab, école du numérique.

                        Nous sommes très heureux d'accueillir, en ce 14 mai, les acteurs régionaux de la Politique de la Ville pour leur faire découvrir toute cette dynamique partenariale et tous ces projets structurants pour nos quartiers et pour le reste du territoire de l'agglomération Pays Basque."""),
                new Text("INTRODUCTION", "Présentation du quartier des Hauts de Sainte-Croix-Mounédé à Bayonne",
                        "par l'équipe du GIP DSU de Bayonne et du Pays Basque",
                        """
                        Situé sur la rive droite de Bayonne, le quartier des Hauts de Sainte-Croix-Mounédé surplombe la ville de Bayonne dans un cadre verdoyant et est bien entretenu depuis sa rénovation au titre de l'ANRU. Ce cadre idéal ne masque cependant pas les situations de fragilité de ses habitants.

                        Le quartier des Hauts-de-Sainte-Croix-Mounédé se compose majoritairement **d'immeubles d'habitat social** : le parc social HLM du quartier dispose de logements plus adaptés qu'ailleurs pour accueillir des **familles nombreuses** et/ou en situation de précarité, notamment des **familles monoparentales** ainsi que des **familles hautement dépendantes des prestations sociales** qui sont supérieures à la moyenne observée sur les QPV de France métropolitaine.

                        D'une manière générale, le quartier accueille un grand nombre de **jeunes** de l'agglomération. Il est aussi un quartier **riche en diversité culturelle** avec le plus de populations immigrées. Le Collège Albert Camus, chef de file de la Cité Éducative de Bayonne, compte près d'une trentaine de nationalités dans ses effectifs.

                        En termes de pauvreté, **le niveau de vie est en décrochage par rapport au reste du territoire**. En effet, les cinq dernières années, le revenu disponible dans le quartier a moins augmenté que dans l'agglomération : les écarts se sont donc creusés entre le quartier et le reste de l'agglomération.

                        Quant à l'accès à l'emploi, on observe **des problématiques d'insertion des jeunes et des femmes sur le marché du travail**. Il y a également une **augmentation des emplois précaires** ou d'emplois à temps partiel notamment chez les femmes, malgré une réduction du nombre des demandeurs d'emploi.

                        Le quartier est relativement **bien équipé en matière de transports en commun, équipements sportifs, établissements scolaires et services et commerces de proximité**. Cependant, sur la Place des Gascons, en contrebas du quartier, les commerces peinent à rester et des services de première nécessité partent régulièrement. Autour de la place, les copropriétés n'ont pas bénéficié du programme de rénovation urbaine et se dégradent rapidement.

                        Le maillage partenarial est une des richesses du quartier, où acteurs institutionnels et associatifs travaillent en réseau au service du développement social local pour lutter contre l'isolement familial, linguistique et culturel des familles ; garantir leur accès aux droits ; renforcer les pratiques préventives de santé ; et renforcer le pouvoir d'agir des habitants..."""),
                new Text("WORKSHOPS",
                        "Ateliers thématiques : Mieux agir pour l'inclusion numérique des habitants des quartiers prioritaires",
                        null,
                        """
                        Cet atelier propose de travailler, au regard des échanges et des rencontres de la matinée, sur les thèmes suivants :

                        - **Education aux médias et aux réseaux sociaux** : comment prévenir les risques liés au numérique et protéger les jeunes de ces dangers ? (cybersécurité, cyberharcèlement, fake news, utilisation des réseaux sociaux, gestion de son identité numérique, écrans, outils d'aide à la scolarité, esprit critique...)
                        - **Développement économique et numérique** : comment le numérique peut-il être un levier de solidarité et de développement économique dans un quartier, au bénéfice des habitants ? Autrement dit, comment le numérique peut contribuer à l'économie dans un quartier, en étant social et solidaire ?
                        - **Aller vers et numérique** : comment " amener " le numérique au plus près des habitants des quartiers, pour en faire un levier d'insertion sociale ? Comment lutter contre la perte d'autonomie qu'ils vivent à cause du " tout numérique " ?
                        - **Coopération Inclusion numérique - Politique de la Ville** : comment favoriser la coopération et les partenariats entre les acteurs agissant sur ces deux thématiques (opérationnels et institutionnels) ? (Contrats de ville, France Numérique Ensemble, etc).

                        Vous, acteurs de la politique de la ville et acteurs du réseau de l'inclusion numérique, travaillez ensemble à l'imagination de projets concrets afin d'agir pour une meilleure inclusion numérique des habitants des quartiers."""),
                new Text("WORKSHOPS", "Les objectifs de l'atelier", null,
                        """
                        1. C'est une méthode de travail pour faire émerger des projets dont vous pourrez vous servir par la suite
                        2. À l'issue de cet atelier, vous aurez constitué ensemble une banque de ressources au sein de laquelle vous pourrez piocher des idées et actions inspirantes à transférer sur votre territoire"""),
                new Text("WORKSHOPS", "Atelier fiche chantier", null,
                        """
                        Retenez ensuite un chantier clé et qualifiez le par une couleur :

                        - La faisabilité du chantier est très forte, colorez la case en **vert** : le maître d'œuvre est identifié, la vision des objectifs sont partagés et les moyens permettent sa faisabilité
                        - La faisabilité du chantier est à travailler, colorez la case en **orange**
                        - Le chantier est bloqué, colorez la case en **rouge**
                        - Vous ne savez pas, laissez la case blanche."""),
                new Text("CLOSING", "Merci", null,
                        "Merci de votre participation et rendez-vous sur un de nos prochains évènements !"));
    }

    private static List<Slot> programme() {
        return List.of(
                new Slot(LocalTime.of(9, 0), LocalTime.of(9, 20), "WELCOME", "Accueil café", null,
                        "Collège Albert Camus", CAMUS),
                new Slot(LocalTime.of(9, 20), LocalTime.of(9, 50), "PLENARY",
                        "Mot d'accueil et présentation de la journée", null, null, CAMUS),
                new Slot(LocalTime.of(9, 50), LocalTime.of(11, 45), "VISIT", "Départ pour la visite",
                        "Pendant 2h, parcourez le quartier des Hauts de Sainte-Croix-Mounédé en suivant votre guide et l'itinéraire. Arrêtez-vous dans les 4 lieux clés du quartier, à la rencontre de porteurs de projets inspirants.",
                        null, null),
                new Slot(LocalTime.of(11, 45), LocalTime.of(11, 55), "PLENARY",
                        "Retour de la visite et présentation des ateliers", null, null, CAMUS),
                new Slot(LocalTime.of(11, 55), LocalTime.of(13, 0), "WORKSHOP", "Ateliers thématiques",
                        "En groupe, vous travaillerez à la construction d'actions concrètes en réponse à la thématique que vous aurez choisie, et au regard de la visite que vous aurez faite le matin.",
                        null, CAMUS),
                new Slot(LocalTime.of(13, 0), LocalTime.of(14, 15), "MEAL", "Déjeuner",
                        "Un déjeuner proposé par Artotekafé, un café associatif situé dans le quartier",
                        null, CAMUS),
                new Slot(LocalTime.of(14, 15), LocalTime.of(15, 15), "PLENARY",
                        "Restitution et regards croisés avec le territoire",
                        "Partage en plénière de la banque de projets imaginés en sous-groupes, par thématiques. Regards croisés avec le territoire.",
                        null, CAMUS),
                new Slot(LocalTime.of(15, 15), LocalTime.of(16, 0), "PLENARY", "Les points à retenir de la journée",
                        "Partage d'expériences locales, bonnes pratiques, points de blocages. Que retient-on de la journée ?",
                        null, CAMUS),
                new Slot(LocalTime.of(16, 0), LocalTime.of(16, 30), "CLOSING", "Clôture de la journée", null,
                        null, CAMUS),
                new Slot(LocalTime.of(16, 30), null, "CLOSING", "Fin de la journée", null, null, CAMUS));
    }

    private static List<Itinerary> itineraries() {
        Stop camusFirst = new Stop(CAMUS, THEME_CAMUS, 20, 0, List.of("arnaud"));
        Stop camus = new Stop(CAMUS, THEME_CAMUS, 20, null, List.of("arnaud"));
        Stop escm = new Stop(ESCM, THEME_ESCM, 20, null, List.of("yann", "bruno"));
        Stop cyberbase = new Stop(CYBERBASE, THEME_CYBERBASE, 20, null, List.of("alexandre"));
        Stop csw = new Stop(CSW, THEME_CSW, 20, null, List.of("virginie"));
        return List.of(
                new Itinerary("Parcours vert", "GREEN", 30, LocalTime.of(9, 50),
                        List.of(camusFirst, escm, cyberbase, csw)),
                new Itinerary("Parcours rose", "PINK", 30, LocalTime.of(9, 50),
                        List.of(cyberbase, csw, escm, camus)));
    }

    private static List<Workshop> workshops() {
        return List.of(
                new Workshop("Éducation aux médias pour les enfants et les jeunes",
                        "Comment prévenir les risques liés au numérique et protéger les jeunes de ces dangers ? (cybersécurité, cyberharcèlement, fake news, utilisation des réseaux sociaux, gestion de son identité numérique, écrans, outils d'aide à la scolarité, esprit critique...)",
                        null, "Salle 1", 15, true, mediaEducationInitiatives()),
                new Workshop("Développement économique et numérique",
                        "Comment le numérique peut-il être un levier de solidarité et de développement économique dans un quartier, au bénéfice des habitants ? Autrement dit, comment le numérique peut contribuer à l'économie dans un quartier, en étant social et solidaire ?",
                        null, "Salle 2", 15, true, economicDevelopmentInitiatives()),
                new Workshop("Aller vers et le numérique",
                        "Comment \" amener \" le numérique au plus près des habitants des quartiers, pour en faire un levier d'insertion sociale ? Comment lutter contre la perte d'autonomie qu'ils vivent à cause du \" tout numérique \" ?",
                        null, "Salle 3", 15, false, outreachInitiatives()),
                new Workshop("Dynamiques de coopération Inclusion numérique – Politique de la Ville",
                        "Comment favoriser la coopération et les partenariats entre les acteurs agissant sur ces deux thématiques (opérationnels et institutionnels) ? (Contrats de ville, France Numérique Ensemble, etc).",
                        null, "Salle 4", 15, false, cooperationInitiatives()));
    }

    /** ATELIER 1 : Éducation aux médias pour les enfants et les jeunes. */
    private static List<Initiative> mediaEducationInitiatives() {
        return List.of(
                new Initiative(
                        "Des ateliers d'éducation aux médias par une journaliste radio, au quartier Bellevue à Nantes",
                        "Médiathèque Lisa Bresner", "LOCAL_AUTHORITY", "Education aux médias",
                        "Nantes, Loire-Atlantique (44)",
                        """
                        La médiathèque Lisa Bresner, située dans le quartier Bellevue à l'ouest de Nantes a organisé un atelier sur le thème des réseaux sociaux, à l'occasion de la nuit de la lecture.

                        Cet atelier, animé par une journaliste radio, a réuni une quinzaine d'enfants, âgés de 8 à 14 ans et quelques parents. La journaliste a montré des exemples de " fake news ", et les a questionnés sur leur consommation médiatique. Elle a emmené également les élèves du collège du quartier au studio de radio afin de découvrir les coulisses de la fabrication de l'information.

                        En résidence à la médiathèque pendant plusieurs mois, la journaliste a pour objectif d'aider les jeunes à distinguer une source fiable d'une source d'" infox "."""),
                new Initiative("Tous.les Numériques",
                        "L'association Les Petits Débrouillards", "ASSOCIATION", "Numérique éducatif",
                        "Pau, Pyrénées-Atlantique (60)",
                        """
                        Dans le cadre d'un projet financé par le GIP DSU de la ville de Pau et La région Nouvelle-Aquitaine, l'association Les Petits Débrouillards Nouvelle Aquitaine Sud ont sensibilisé une quarantaine de jeunes issus d'une école en quartier prioritaire de Pau, par le biais d'une mallette. L'objectif ? Appréhender le numérique lors de séances d'ateliers pratiques et ludiques : qu'est-ce qu'un algorithme ? Peut-on coder sans écran ?

                        Lors de ces deux séances, les élèves ont découvert ce qu'est un algorithme et l'importance de la précision et de la clarté afin de bien transmettre son message.

                        Une partie des ateliers fut sans écran pour aborder les bases du numérique. Ils ont également pu découvrir la robotique à travers de petits robots, nommés Thymio, comprendre leur fonctionnement et découvrir leur intérieur avec leurs composants. Enfin, la dernière séance a été l'occasion d'avoir un temps d'arrêt sur les différentes innovations qui ont permis le développement du numérique tels que l'invention du code binaire, la création du premier ordinateur entièrement numérique, le WiFi mais également certaines personnalités, notamment des modèles féminins, qui ont marqué le monde du numérique comme Margaret Hamilton, Hedy Lamarr, Grace Hopper ou encore Ada Lovelace. Cette séance a fini sur une découverte des métiers du numérique dont une partie est méconnue du grand public : mécanotricien-ne qui consiste à améliorer ou réparer des robots ou des objets électroniques ; consultant-e en Big Data qui consiste à traduire les énormes quantités de données récoltées en des termes plus claires."""),
                new Initiative(
                        "Les magiciens du numérique, un escape game pour sensibiliser aux dangers du numérique à Montpellier",
                        "L'association e-Enfance et la ligue de l'enseignement", "ASSOCIATION", "Numérique éducatif",
                        "Montpellier, Hérault (34)",
                        """
                        Orange et l'ASPTT de Montpellier Métropole ont signé une convention début 2023 pour informer les jeunes adhérents sur les dangers d'internet. La sensibilisation se fait par un jeu basé sur le modèle de l'escape game, une série d'énigmes, à destination des 9-14 ans, intitulé " les magiciens du numérique ". Imaginée en partenariat avec l'association e-Enfance et la ligue de l'enseignement, cette application aborde trois thématiques centrales du bien-être sur Internet : les effets des écrans sur la santé, le cyberharcèlement et enfin la protection des données. L'activité s'étend sur une durée d'une heure à une heure trente.

                        Chaque joueur incarne un personnage d'une équipe de magiciens et détient un pouvoir unique. Il devra résoudre une énigme, sous la direction d'Houdini, le maître du jeu. Les jeunes doivent aider une équipe de sport qui semble avoir des problèmes, en protégeant ses membres, en stoppant la propagation de fausses informations puis en sécurisant les comptes de l'agence de magiciens.

                        Le but est d'aborder de manière ludique ces questions afin de répondre aux problématiques de cyberharcèlement et de désinformation (fake news). Cinq cents enfants de l'ASPTT Montpellier vont pouvoir tester cet escape game avant la fin de l'année."""),
                new Initiative(
                        "L'art théâtral pour sensibiliser les enfants et les parents aux risques du numérique",
                        "La maison de quartier du Val-d'Argent-Sud à Argenteuil", "LOCAL_AUTHORITY",
                        "Numérique éducatif", "Argenteuil, Val d'Oise (95)",
                        """
                        Intitulé " En veille - Bien grandir avec les écrans ", le spectacle était proposé par un collectif théâtral dont l'objectif est d'organiser des activités sociales, culturelles et éducatives en famille.

                        En mettant en scène une mère et sa fille toutes les deux " accros " aux écrans (les jeux vidéo pour l'une, le téléphone portable pour l'autre), les comédiennes ont su capter l'attention de la quarantaine de parents et d'enfants présents ce jour-là. L'objectif était clair : sensibiliser les enfants et les parents à la question de la surexposition aux écrans.

                        Un temps d'échanges était proposé après la pièce de théâtre : chacun de leur côté, les parents et les enfants ont réfléchi collectivement à leurs usages numériques et temps d'écran et à la façon d'occuper le temps et d'apprendre avec et hors des écrans.

                        L'AFEV 95 (Association de la Fondation Étudiante pour la Ville) était présente pour animer les débats. Cette association mène des actions d'accompagnement des parents au numérique scolaire et a pour objectif de contribuer à la création d'une communauté (parents, professeurs, directeurs d'école...) en permettant l'échange de bonnes pratiques numériques.

                        Cette approche permet aux parents et aux enfants d'avoir des outils, une autre approche et passer des temps conviviaux avec leurs enfants autour du numérique alors qu'avant il apparaissait comme une source de tension."""));
    }

    /** ATELIER 2 : Développement économique et numérique. */
    private static List<Initiative> economicDevelopmentInitiatives() {
        return List.of(
                new Initiative(
                        "L'association Avec Nous, fabrique numérique dans les quartiers Nord de Marseille",
                        "Association avec nous", "ASSOCIATION", "Développement économique et emploi",
                        "Marseille, Bouches-du-Rhône (13)",
                        """
                        Le quartier des Flamants se situe dans les quartiers nord de Marseille. Au sein de ce quartier, l'association Avec Nous a implanté un fab lab, en pied d'immeuble, porté par un collectif d'habitants.

                        En se basant sur les centres d'intérêts des habitants du quartier, l'association a mis en place des ateliers ludiques pour inciter les habitants à venir se former : comment construire un robot, manipuler une machine laser, s'initier à la 3D, à la broderie numérique, ou encore au flocage. Ils organisent également des sessions de formation pour les jeunes sur ces compétences, et leur délivrent un pré-diplôme. En parallèle, ils font de la médiation numérique pour aider les habitants à manipuler les équipements informatiques et internet."""),
                new Initiative(
                        "\" Diversitech \" le programme pour sensibiliser les habitants des quartiers populaires à l'entrepreneuriat et aux métiers du numérique",
                        "Association Shaker by Waoup", "ASSOCIATION", "Développement économique et emploi",
                        "Région Auvergne Rhône-Alpes",
                        """
                        Diversitech est un programme qui vise à faire découvrir l'entrepreneuriat et les métiers du numérique aux habitants des quartiers prioritaires de la politique de la ville. Partant du constat que peu d'habitants des quartiers se lançaient dans l'entrepreneuriat et/ou le numérique, les objectifs sont de faire naître des vocations, de favoriser l'accès aux métiers du numérique et aider à la construction d'un parcours professionnel.

                        Le programme se déroule sur un an et en plusieurs étapes. Tout d'abord, une tournée d'ateliers pour sensibiliser le grand public est organisée dans diverses villes de la région (Lyon, Grenoble et Saint-Étienne), en partenariat avec des acteurs du territoire. S'ensuit un Hackathon, durant lequel les participants créent un projet fictif, coachés par des professionnels. Puis, vient la phase d'accompagnement permettant de développer et concrétiser son projet. Enfin, les participants partent en expédition apprenante pour s'immerger dans des lieux d'innovation, rencontrer les acteurs clés et faire connaître leur projet."""),
                new Initiative(
                        "Kesk'IA récompense des projets d'intelligence artificielle pensés par les jeunes des quartiers prioritaires de Trappes",
                        "Start'up Evolukid", "COMPANY", "Développement économique et emploi",
                        "Trappes, Yvelines (78)",
                        """
                        Le programme Kesk'IA, lancé par Evolukid, une start-up de l'edtech, vise à accélérer l'insertion des jeunes des quartiers dans les métiers de l'intelligence artificielle.

                        Le mardi 30 mai 2023, Tata Consultancy Services (TCS), la start-up Evolukid, la Banque des Territoires et la ville de Trappes ont organisé une finale pour évaluer trois projets d'IA développés par des jeunes de Trappes au cours des quatre mois précédents dans le cadre du programme Kesk'IA.

                        Ce programme est dédié aux étudiants en filières informatiques et digitales issus de quartiers défavorisés.

                        Huit grands groupes d'entreprises accompagnent une centaine de jeunes talents qui bénéficient de 245 heures de formation dans le développement de solutions numériques au profit de la société civile et des collectivités. Véritable tremplin professionnel pour les jeunes des quartiers, les talents repérés à l'occasion du concours peuvent intégrer un parcours de professionnalisation dans les entreprises partenaires.

                        En 2023, c'est le projet " C du Propre " porté par 5 étudiants de la ville de Trappes qui a remporté le concours. Ils ont mis au point une intelligence artificielle au service de la gestion des déchets, pour la ville. Le projet consiste à analyser des photos prises par les habitants dans les rues pour y repérer les déchets, les qualifier et ainsi optimiser les interventions des services de nettoyage de la ville.

                        Les jeunes auront l'occasion de présenter leur projet en 2024 à la Silicone Valley."""),
                new Initiative(
                        "Une Web TV pour promouvoir une image positive des quartiers, et s'initier aux métiers de la vidéo.",
                        "Centre social UnVsti", "ASSOCIATION", "Emploi", "Saint-Brieuc, Côtes-d'Armor (22)",
                        """
                        Projet initié par la ville de Saint-Brieuc, l'association d'éducation populaire UnVsti, a créé un Média de proximité valorisant les initiatives (sociales, économiques, associatives) des habitants des quartiers en construisant et en promouvant une image positive de ces derniers.

                        Cette web TV permet aux habitants et aux acteurs locaux de s'exprimer, de valoriser leur potentiel, de s'initier aux métiers de la vidéo. A travers cet écran, le centre social souhaite promouvoir l'égalité sociale et l'accès à l'information sur les quartiers prioritaires, et sensibiliser aux notions de « vivre ensemble » et du « bien commun ».

                        UnVsti s'appuie sur les trois Conseils Citoyens de Saint-Brieuc pour faire vivre cette TV citoyenne, et faire évoluer sa ligne éditoriale."""));
    }

    /** ATELIER 3 : Aller vers et le numérique. */
    private static List<Initiative> outreachInitiatives() {
        return List.of(
                new Initiative("À Orléans, un bus itinérant au service des habitants des quartiers prioritaires",
                        "Association Action Numérique", "ASSOCIATION", "Aller vers", "Orléans, Loiret (45)",
                        """
                        Implantée au cœur de La Source, un quartier prioritaire de la ville d'Orléans, l'association Action Numérique accompagne les habitants dans l'apprentissage des outils numériques depuis plus de vingt ans.

                        Ouvert depuis le 25 juillet 2022, le bus France Services propose des permanences avec ou sans rendez-vous, assurées par 2 conseillers numériques, afin d'accompagner les habitants du quartier dans leurs démarches administratives. Il se déplace toute la semaine, du lundi au vendredi, dans trois quartiers prioritaires de la ville d'Orléans : La Source, Blossières et Argonne.

                        Plus de 700 personnes ont été reçues dans le bus depuis son ouverture.

                        L'ouverture du bus a permis de désengorger le site de l'association qui gère de plus en plus les problèmes administratifs urgents. Son ouverture a été accompagnée par une importante campagne de communication (mails aux associations solidaires du territoire, campagne d'affichage, publicité dans la presse) qui a permis aux habitants de prendre rapidement connaissance du bus itinérant et de comprendre le service proposé.

                        En plus de répondre aux besoins des usagers en difficulté pour réaliser leurs démarches administratives, ce bus est perçu comme un lieu rassurant qui permet de créer du lien social au sein des quartiers."""),
                new Initiative("Deux dispositifs itinérants portés par le tiers-lieu Bliiida, à Metz",
                        "Tiers-lieu Bliiida", "ASSOCIATION", "Aller vers", "Metz, Moselle (57)",
                        """
                        Le tiers-lieu Bliiida développe depuis la fin 2018 une action forte dans les Quartiers politiques de la Ville de Metz en proposant plusieurs dispositifs itinérants :

                        - L'association TCRM Bliiida qui coordonne le Tiers Lieux, se déplace à l'Agora Metz et propose à tous de découvrir l'univers de la création et de l'innovation, via le dispositif numérique itinérant le Mido. Ce cycle annuel d'ateliers Openlab est organisé dans le cadre du dispositif Microfolie. Chaque samedi Bliiida met en place un atelier pour y concevoir des jeux, œuvres, ou dispositifs intégrant des pratiques numériques, à destination des jeunes notamment, en lien avec les œuvres et courants artistiques proposés dans le dispositif muséal Micro-folie.
                        - L'association déploie également une action itinérante à destination des Seniors. Un bus numérique spécialement aménagé par deux scénographes, sillonne les différents quartiers de Metz et les communes de l'Eurométropole pour aller à la rencontre des Seniors et leur proposer des formations dans le cadre du programme " Super Senior ". Ce programme inclut neuf heures de formation par groupe de dix participants par commune ou quartier. Ces neuf heures sont réparties en six séances d'1h30 au rythme de deux séances par semaine et par groupe. L'ensemble de la formation s'étale donc sur trois semaines consécutives pour chaque senior, afin d'assurer une continuité et un suivi."""),
                new Initiative("Weem, la cabine connectée de l'inclusion numérique en Normandie",
                        "Weem", "COMPANY", "Aller vers", "Le Petit-Quevilly, Seine-Maritime (76)",
                        """
                        A Petit-Quevilly près de Rouen, l'entreprise Weem a souhaité rendre le numérique accessible dans l'espace public (gares, les centres commerciaux, les centres sociaux, les mairies, les écoles, etc.) afin de faciliter les démarches administratives en ligne aux personnes les plus éloignées du numérique. Une première cabine connectée a été installée au centre social.

                        La cabine a été conçue pour servir de " micro-working ", sur le même principe que le coworking, l'idée était de permettre aux citoyens de trouver des espaces de travail de proximité, facilement accessibles, avec un accès internet haut débit. La personne qui accède à la cabine peut aussi être mise en relation avec un médiateur, en présentiel ou en visioconférence, qui l'aide à réaliser ses démarches administratives. La cabine se transforme aussi en cabine de téléconsultation, grâce à l'intégration d'un thermomètre et d'un stéthoscope. Pour cela la start up Week a créé un partenariat avec le portail local Norman d'e-santé (facilitant et accompagnant la mise en œuvre de projets et services de la e-santé). La fabrication des cabines se faisant directement sur place, elle permet aussi de favoriser l'économie locale et de minimiser l'empreinte carbone de ces services."""),
                new Initiative(
                        "À Bordeaux, le triporteur connecté sillonne les quartiers prioritaires pour faciliter les démarches administratives",
                        "PIMMS Médiation Bordeaux", "ASSOCIATION", "Accès aux droits et aux services",
                        "Les QPV de Bordeaux Nord (Bacalan, Grand Parc et Aubiers) et Sud (Benauges-Henri Sellier-Léo Lagrange, Carle Vernet-Terres neuves, Saint-Michel) et quelques-uns de Bègles (33)",
                        """
                        L'idée du triporteur connecté est née de l'intuition qu'il serait utile de mettre en place des actions " d'aller vers " dans les quartiers prioritaires de la politique de la Ville (QPV) afin d'accompagner les habitants sur leurs lieux de vie pour leurs démarches administratives et leur accès aux droits.

                        Petit pot de yaourt roulant et coloré, le triporteur connecté est animé par deux médiateurs, l'un du PIMMS, l'autre du GIP Médiation. Chacun équipé d'une tablette numérique, ils s'installent partout dans les QPV de Bordeaux Nord, Sud, et de Bègles, en pied d'immeubles, sur les places et marchés, à l'intérieur et à l'extérieur de collèges et lycées.

                        À la demande de certaines associations, comme la Maison de l'emploi, le Triporteur se déplace également sur des événements. Une petite table, du café, du thé, les deux médiateurs créent un espace convivial afin d'échanger avec les passants, d'aider ceux qui en ont besoin à effectuer des démarches en ligne directement sur leurs tablettes, à les orienter vers les structures et les bons interlocuteurs."""));
    }

    /** ATELIER 4 : Dynamiques de coopération Inclusion numérique – Politique de la Ville. */
    private static List<Initiative> cooperationInitiatives() {
        return List.of(
                new Initiative(
                        "Former les associations de quartier de la Métropole bordelaise, et impulser des dynamiques de coopération",
                        "Association Bordeaux Mécènes Solidaire", "ASSOCIATION", COOPERATION,
                        "Bordeaux Métropole, Gironde (33)",
                        """
                        Le programme " Quartiers Numériques " est porté par l'association Bordeaux Mécènes Solidaires (BMS). Il consiste à appuyer le déploiement des compétences des associations de quartier en médiation numérique afin qu'elles accompagnent leurs bénéficiaires vers l'autonomie numérique.

                        À la manière d'un incubateur, " Quartiers Numériques " est un programme d'amorçage de deux ans qui vise à aider les structures lauréates à devenir des lieux légitimes et pérennes de médiation numérique au plus proche des habitants. Grâce à une méthodologie et des outils éprouvés, les associations acquièrent un savoir-faire dans l'accompagnement numérique de leurs publics.

                        Le programme finance : l'accompagnement individuel et collectif des associations, la formation des associations, les formations des habitants aux compétences numériques de base, l'équipement informatique des associations et des apprenants, la coordination du programme avec les partenaires. La formation continue est assurée par BMS qui invite en fonction des besoins des acteurs de l'inclusion numérique du territoire afin d'apporter leurs expertises. En plus de l'accompagnement, BMS coordonne et anime la communauté des associations afin de développer l'échange de pratiques et d'entraide.

                        Le projet de BMS permet ainsi de favoriser l'implantation de dispositifs de médiation numérique dans les associations de quartier, et ouvre ainsi des pistes de coopération entre les acteurs des quartiers et les professionnels de la médiation numérique."""),
                new Initiative(
                        "Un travail multi-partenarial et citoyen pour intégrer l'inclusion numérique au Contrat de ville brestois",
                        "Conseil départemental du Finistère et Brest Métropole", "LOCAL_AUTHORITY", COOPERATION,
                        "Métropole de Brest, Finistère (29)",
                        """
                        En janvier 2019, un chantier multi-partenarial a été engagé à l'échelle de Brest métropole pour améliorer l'inclusion numérique et faciliter l'accès aux droits des habitants. Le Conseil départemental du Finistère et Brest métropole se sont saisis du sujet dans le cadre du contrat de Territoire, également défini comme une priorité du contrat de Ville.

                        Une équipe projet a été constituée avec la participation de toutes les communes de la métropole, les CCAS, la CAF, la CPAM, la Carsat, Pôle emploi, les services de l'État (Préfecture et DDCS), la Mission locale, l'association Vivre la Ville (PIMMS et MSAP), la Direction de la proximité de la ville de Brest, dont le service médiations et usages du numérique, la mission Développement social urbain de Brest métropole, le Conseil départemental du Finistère - DTAS du Pays de Brest. Une journée de travail a eu lieu le 13 février 2020 pour mobiliser les habitants et acteurs associatifs de l'accès aux droits et de la médiation numérique (150 participants).

                        4 axes de travail en ont découlé :

                        - structurer et coordonner une réponse à l'échelle de la métropole ;
                        - permettre une montée en compétences des acteurs du réseau ;
                        - favoriser l'autonomie des habitants, utiliser le numérique comme vecteur d'émancipation ;
                        - suivre la mise en œuvre de la démarche et faire vivre la dynamique engagée.

                        2 actions prioritaires découlent de cette proposition :

                        - la mise en œuvre d'une formation territorialisée à destination des acteurs institutionnels, associatifs du social, du numérique et généralistes ;
                        - la réalisation d'un état des lieux de l'accompagnement existant tant en matière d'accès aux droits que d'usages du numérique. Une enquête sur l'autonomie des publics en matière d'e-administration a été conduite auprès des publics des différents partenaires."""),
                new Initiative(
                        "Une collaboration étroite entre les services inclusion numérique et politique de la ville à l'agglomération de la Porte du Hainaut",
                        "Communauté d'agglomération de la Porte du Hainaut", "LOCAL_AUTHORITY", COOPERATION,
                        "Porte du Hainaut, Nord (59)",
                        """
                        La communauté d'agglomération de la Porte du Hainaut comporte 47 communes dont 10 en quartiers prioritaires et 4 en territoire de veille. Au total, 62% de la population réside en géographie prioritaire, il y a donc un fort enjeu à proposer des initiatives spécifiquement pour les habitants des quartiers concernés.

                        La chargée de mission Politique de la ville s'est donc associée à la responsable de la stratégie numérique de l'agglomération dans le cadre de la révision du contrat de ville en 2020.

                        Avant 2020, 5 thématiques prioritaires étaient identifiées dans le contrat (Emploi/insertion - Logement / cadre de vie - Action sociale et apprentissage - Santé - Citoyenneté). En 2020, un axe complémentaire y a été ajouté : celui de l'inclusion numérique. Cet ajout fait suite à différents constats : précarité numérique réelle dans les quartiers, nombre important d'habitants en difficultés face aux démarches administratives en ligne, des habitants peu équipés en matériel et parfois sans accès à internet. L'ajout a aussi été permis grâce à une opportunité financière (investissement Intégré Territorial FEDER (ITI)) ce qui a permis d'embaucher une cheffe de projet dédiée sur l'inclusion numérique en quartier prioritaire.

                        L'agglomération a donc mis en place une collaboration étroite entre les deux services, avec des temps d'échanges réguliers. Dans chaque projet d'inclusion numérique, les porteurs veillent à y intégrer systématiquement les habitants des quartiers et les projets sont pensés en collaboration entre les deux services. Le contrat de ville a été un véritable catalyseur pour la politique d'inclusion numérique de l'agglomération."""),
                new Initiative("Un atelier de travail autour des enjeux communs lors d'un événement national",
                        "Association des maires Ville et Banlieue de France, Direction de la Politique de la Ville de ANCT, Labo Cité, La Mednum, Le mouvement des Régies, Association Villes Internet",
                        "NETWORK", COOPERATION, "National",
                        """
                        Lors de la 5e édition (2022) de l'événement Numérique en Commun[s] qui réunit l'écosystème des acteurs de l'inclusion numérique au sens large, un atelier a été organisé pour questionner la place de la médiation numérique dans les quartiers populaires.

                        L'atelier organisé par un consortium d'acteurs (Association des maires Ville et Banlieue de France, Direction de la Politique de la Ville de ANCT, Labo Cité, La Mednum, Le mouvement des Régies, Association Villes Internet) a réuni une cinquantaine de participants dont des associations, des collectivités et des services de l'Etat.

                        Après une première introduction contextuelle, cet atelier participatif s'est déroulé en deux temps distincts où les participants étaient invités à travailler en sous groupe afin d'identifier les grands enjeux de l'inclusion numérique du point de vue de la politique de la ville, et la manière dont ces enjeux peuvent être intégrés à la politique de la ville. Il s'agissait ensuite d'effectuer des préconisations partagées autour de ces sujets.

                        A l'issue du groupe de travail, les participants ont choisi d'approfondir en groupe quelques objets spécifiques pour alimenter la réflexion collective sur les futurs contrats de ville.

                        A l'issue de ce travail plusieurs préconisations ont été relevées :

                        - le numérique doit irriguer l'ensemble des contrats de ville, comme un pilier transversal et non pas comme un axe spécifique ;
                        - le numérique est perçu comme une ressource et pas seulement comme un problème ;
                        - créer des comités de pratiques coordonnées à l'échelle du pilotage de la politique de la ville, et mobilisant aussi bien les techniciens qui instruisent les dossiers que les associations soutenues au titre du BOP 147 ;
                        - mobiliser le levier de la formation des élus pour que l'aspect politique de l'inclusion numérique soit davantage porté ;
                        - la coordination des acteurs repose sur la structuration du secteur de l'inclusion et de la médiation numérique dans une stratégie politique qui voudrait rétablir l'égalité territoriale ;
                        - restructuration des leviers du financement."""));
    }
}
