package fr.journees.registration;

import java.util.List;

public record FillRates(FillRate event, int waitlisted, List<FillRate> itineraries, List<FillRate> workshops) {
}
