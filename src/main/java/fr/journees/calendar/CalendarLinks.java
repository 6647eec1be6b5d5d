package fr.journees.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** "Add to Google Calendar / Outlook" links for a day, as plain URLs (their services, our data). */
public final class CalendarLinks {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private CalendarLinks() {
    }

    public static String google(String title, LocalDate date, LocalTime start, LocalTime end, String details,
                                String location) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + encode(title)
                + "&dates=" + utc(date, start, GOOGLE) + "/" + utc(date, end, GOOGLE)
                + "&details=" + encode(details)
                + "&location=" + encode(location)
                + "&ctz=Europe%2FParis";
    }

    public static String outlook(String title, LocalDate date, LocalTime start, LocalTime end, String details,
                                 String location) {
        return "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
                + "&subject=" + encode(title)
                + "&startdt=" + utc(date, start, OUTLOOK)
                + "&enddt=" + utc(date, end, OUTLOOK)
                + "&body=" + encode(details)
                + "&location=" + encode(location);
    }

    private static String utc(LocalDate date, LocalTime time, DateTimeFormatter format) {
        return date.atTime(time).atZone(PARIS).withZoneSameInstant(ZoneOffset.UTC).format(format);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
