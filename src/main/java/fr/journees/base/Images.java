package fr.journees.base;

/** The logos people upload: PNG or JPEG of at most 1 MB, judged by their first bytes, not by what the browser claims. */
public final class Images {

    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    private Images() {
    }

    /** "image/png", "image/jpeg", or null for anything else. */
    public static String type(byte[] bytes) {
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
