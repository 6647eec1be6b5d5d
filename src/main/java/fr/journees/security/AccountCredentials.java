package fr.journees.security;

import java.util.Set;

public record AccountCredentials(long id, String email, String displayName, String passwordHash, boolean enabled,
                                 Set<String> roles) {
}
