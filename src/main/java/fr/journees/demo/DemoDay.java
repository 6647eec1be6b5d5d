package fr.journees.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The content of a demo day, as plain data: organisations, places and people are referred to by a
 * short key so that the loader can link them after inserting them.
 */
record DemoDay(Event event,
               List<Organisation> organisations,
               List<Place> places,
               List<Person> people,
               List<Text> texts,
               List<Slot> programme,
               List<Itinerary> itineraries,
               List<Workshop> workshops,
               List<Funder> funders) {

    /** kind: ASSOCIATION, LOCAL_AUTHORITY, PUBLIC_BODY, COMPANY, COOPERATIVE, SCHOOL, NETWORK, OTHER. */
    record Organisation(String key, String name, String kind, String territory, String contact, String email,
                        String phone, String address, String website, String description) {
    }

    record Place(String key, String name, String shortName, String address, BigDecimal latitude,
                 BigDecimal longitude, String description, String accessibility, List<String> facts) {
    }

    record Person(String key, String fullName, String functionLine, String organisationKey) {
    }

    /** status: DRAFT, PUBLISHED, CLOSED, ARCHIVED. */
    record Event(String slug, String title, String subtitle, String theme, LocalDate date, LocalTime start,
                 LocalTime end, String venuePlaceKey, String status, LocalDateTime registrationOpensAt,
                 LocalDateTime registrationClosesAt, Integer capacity, boolean lunchOffered,
                 int defaultWalkMinutes, List<String> organiserKeys, List<String> partnerKeys) {
    }

    /** section: INTRODUCTION, WORKSHOPS, CLOSING. authorLine is the "par …" line, or null. */
    record Text(String section, String title, String authorLine, String body) {
    }

    /** kind: WELCOME, PLENARY, VISIT, WORKSHOP, MEAL, CLOSING, OTHER. placeKey may be null. */
    record Slot(LocalTime start, LocalTime end, String kind, String title, String description,
                String locationText, String placeKey) {
    }

    /** colour: GREEN, PINK, BLUE, ORANGE, PURPLE, YELLOW, RED, TEAL, BROWN, GREY. */
    record Itinerary(String name, String colour, Integer capacity, LocalTime departure, List<Stop> stops) {
    }

    /** walkMinutesBefore null means the event's default walking time. */
    record Stop(String placeKey, String theme, int durationMinutes, Integer walkMinutesBefore,
                List<String> speakerKeys) {
    }

    /** facilitated: whether the demo facilitator account leads this workshop. */
    record Workshop(String title, String guidingQuestions, String objectives, String room, Integer capacity,
                    boolean facilitatedByDemoAccount, List<Initiative> initiatives) {
    }

    record Initiative(String title, String porteurName, String porteurKind, String actsOn, String territory,
                      String description) {
    }

    /** category: a FunderCategory, or SELF for the self-financing line; organisationKey may be null. */
    record Funder(String category, String name, String organisationKey, String programmeLabel, BigDecimal amount) {
    }
}
