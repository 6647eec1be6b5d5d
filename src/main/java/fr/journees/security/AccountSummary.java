package fr.journees.security;

import java.time.LocalDateTime;
import java.util.List;

public record AccountSummary(long id, String email, String displayName, List<String> roles, boolean enabled,
                             boolean mustChangePassword, LocalDateTime lastLoginAt, int version) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
