package fr.journees.registration.web;

/** WCAG contrast: the text colour (white or near black) that reads on a background colour. */
final class Contrast {

    private Contrast() {
    }

    /** White when it reaches 4.5:1 on the colour, otherwise near black (one of the two always does). */
    static String textOn(String hex) {
        return ratio(luminance(hex), 1.0) >= 4.5 ? "#ffffff" : "#111111";
    }

    static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
