package fr.journees.event;

import java.util.Base64;
import java.util.regex.Pattern;

import fr.journees.base.Images;

/** How the event's printed documents look: an accent colour (#RRGGBB) and a logo, either may be absent. */
public record EventBranding(String accentColour, byte[] logo, String logoType) {

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final int MAX_LOGO_BYTES = Images.MAX_LOGO_BYTES;

    public static final EventBranding NONE = new EventBranding(null, null, null);

    /** The logo as a data URI for an HTML template, or null. */
    public String logoDataUri() {
        return logo == null ? null : "data:" + logoType + ";base64," + Base64.getEncoder().encodeToString(logo);
    }

    /** The content type of a PNG or JPEG judged by its first bytes (not by what the browser claims), or null. */
    public static String imageType(byte[] bytes) {
        return Images.type(bytes);
    }
}
