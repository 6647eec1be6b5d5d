package fr.journees.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A calendar file made from one state of a day; its ETag follows that state, not the moment it was made. */
public record CalendarFile(byte[] bytes, String stamp) {

    /** A strong validator: equal for the same state, different for any other. */
    public String etag() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(stamp.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
