package fr.journees.itinerary;

/** The colours a parcours can take; the hex value prints on badges, plans and the booklet. */
public enum ItineraryColour {
    GREEN("#2e9e5b"), PINK("#e0569b"), BLUE("#2f6fd6"), ORANGE("#f08a24"), PURPLE("#8a4fc7"),
    YELLOW("#e6c229"), RED("#d33b3b"), TEAL("#1c9a9a"), BROWN("#8b5a2b"), GREY("#7a7f87");

    private final String hex;

    ItineraryColour(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }
}
