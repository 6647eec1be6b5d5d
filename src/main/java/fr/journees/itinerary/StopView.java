package fr.journees.itinerary;

import java.util.List;

public record StopView(long id, int position, long placeId, String placeName, String theme, int durationMinutes,
                       Integer walkMinutesBefore, List<PersonRef> speakers) {

    public List<String> speakerNames() {
        return speakers.stream().map(PersonRef::fullName).toList();
    }
}
