package fr.journees.apiaccess;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.journees.apiaccess.ApiOriginRejected.Reason;

/**
 * The shape of an allowed origin, as browsers send it in the Origin header: {@code scheme://host[:port]},
 * lower case, without the default port, without a trailing slash; or {@code *} for any origin.
 */
final class ApiOrigins {

    static final String ANY = "*";
    static final int MAX_LENGTH = 200;

    private static final Pattern URL = Pattern.compile("(?<scheme>[^:/]*)://(?<authority>[^/?#]*)(?<rest>.*)");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private ApiOrigins() {
    }

    /** The origin as stored and compared, or {@link ApiOriginRejected} saying what is wrong. */
    static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new ApiOriginRejected(Reason.BLANK, typed);
        }
        var origin = typed.strip();
        if (origin.equals(ANY)) {
            return ANY;
        }
        var url = URL.matcher(origin);
        if (!url.matches()) {
            throw new ApiOriginRejected(Reason.BAD_SCHEME, typed);
        }
        var scheme = url.group("scheme").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ApiOriginRejected(Reason.BAD_SCHEME, typed);
        }
        if (!url.group("rest").isEmpty() && !url.group("rest").equals("/")) {
            throw new ApiOriginRejected(Reason.HAS_PATH, typed);
        }
        var authority = url.group("authority");
        if (authority.contains("@")) {
            throw new ApiOriginRejected(Reason.HAS_USERINFO, typed);
        }
        int colon = authority.lastIndexOf(':');
        var host = authority;
        var port = "";
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = port(authority.substring(colon + 1), scheme, typed);
        }
        var normalised = scheme + "://" + host(host, typed) + port;
        if (normalised.length() > MAX_LENGTH) {
            throw new ApiOriginRejected(Reason.TOO_LONG, typed);
        }
        return normalised;
    }

    /** ":8080", or "" for none or the scheme's default port, which browsers leave out of the Origin header. */
    private static String port(String digits, String scheme, String typed) {
        if (!digits.matches("[0-9]{1,5}")) {
            throw new ApiOriginRejected(Reason.BAD_PORT, typed);
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new ApiOriginRejected(Reason.BAD_PORT, typed);
        }
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return defaultPort ? "" : ":" + port;
    }

    /** Lower case; an internationalised name in its ASCII (punycode) form, as browsers send it. */
    private static String host(String host, String typed) {
        var lower = host.toLowerCase(Locale.ROOT);
        if (IPV6.matcher(lower).matches()) {
            return lower;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(lower, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            throw new ApiOriginRejected(Reason.BAD_HOST, typed);
        }
        if (ascii.isEmpty() || ascii.length() > 253 || ascii.endsWith(".")) {
            throw new ApiOriginRejected(Reason.BAD_HOST, typed);
        }
        for (var label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new ApiOriginRejected(Reason.BAD_HOST, typed);
            }
        }
        return ascii;
    }
}
