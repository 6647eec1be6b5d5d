package fr.journees.event;

import java.util.List;

/**
 * What a feature has to say on the organisers' home page, as a Spring bean of that feature: the
 * event feature shows it without depending on the features that own the rules (fill rates,
 * collisions, fiches, mails).
 */
public interface DayFacts {

    /** Figures and missing pieces of one day. */
    default List<DayFact> ofDay(EventSummary day) {
        return List.of();
    }

    /** What concerns the whole site (mails that failed…). */
    default List<DayFact> ofSite() {
        return List.of();
    }
}
