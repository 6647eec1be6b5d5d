package fr.journees.registration.ui;

import java.util.List;
import java.util.function.BiFunction;

import fr.journees.base.ui.Choice;
import fr.journees.registration.FillRate;

/** Itineraries and workshops as choices whose label says how many places are left. */
public final class PlaceChoices {

    private PlaceChoices() {
    }

    /** translate(key, args): the component's getTranslation. */
    public static List<Choice> of(List<FillRate> rates, BiFunction<String, Object[], String> translate) {
        return rates.stream().map(rate -> new Choice(rate.id(), label(rate, translate))).toList();
    }

    public static String label(FillRate rate, BiFunction<String, Object[], String> translate) {
        if (rate.capacity() == null) {
            return rate.label();
        }
        int left = rate.placesLeft();
        return left == 0 ? translate.apply("registration.full", new Object[] {rate.label()})
                : translate.apply("registration.placesLeft", new Object[] {rate.label(), left});
    }
}
