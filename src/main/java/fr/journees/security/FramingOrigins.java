package fr.journees.security;

import java.util.Set;

/** The websites (origins such as {@code https://www.exemple.fr}, or {@code *}) that may show a day's page in a frame. */
public interface FramingOrigins {

    Set<String> current();
}
