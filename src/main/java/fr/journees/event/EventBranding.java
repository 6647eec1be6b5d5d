package fr.journees.event;

import java.util.Base64;
import java.util.regex.Pattern;

/** How the event's printed documents look: an accent colour (#RRGGBB) and a logo, either may be absent. */
public record EventBranding(String accentColour, byte[] logo, String logoType) {

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    public static final EventBranding NONE = new EventBranding(null, null, null);

    /** The logo as a data URI for an HTML template, or null. */
    public String logoDataUri() {
        return logo == null ? null : "data:" + logoType + ";base64," + Base64.getEncoder().encodeToString(logo);
    }

    /** The content type of a PNG or JPEG judged by its first bytes (not by what the browser claims), or null. */
    public static String imageType(byte[] bytes) {
        if (bytes != null && bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes != null && bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                && (bytes[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
