package fr.journees.itinerary;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of itineraries, their stops and the stops' speakers. */
@Service
@Validated
public class ItineraryService {

    private final ItineraryRepository itineraries;

    ItineraryService(ItineraryRepository itineraries) {
        this.itineraries = itineraries;
    }

    /** Adds an itinerary after the event's existing ones, with its stops in the order given. */
    @Transactional
    public long create(long eventId, @Valid ItineraryDraft draft, List<@Valid StopDraft> stops) {
        long id = itineraries.insert(eventId, draft, itineraries.countForEvent(eventId));
        for (int i = 0; i < stops.size(); i++) {
            itineraries.insertStop(id, stops.get(i), i);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<ItineraryView> forEvent(long eventId) {
        return itineraries.forEvent(eventId);
    }
}
