package fr.journees.security;

import java.time.LocalDateTime;
import java.util.List;

/** An account as organisers see it; anonymised once its person was removed (it stays, disabled, for its work). */
public record AccountSummary(long id, String email, String displayName, List<String> roles, boolean enabled,
                             boolean mustChangePassword, LocalDateTime lastLoginAt, int version, boolean anonymised) {

    public AccountSummary(long id, String email, String displayName, List<String> roles, boolean enabled,
                          boolean mustChangePassword, LocalDateTime lastLoginAt, int version) {
        this(id, email, displayName, roles, enabled, mustChangePassword, lastLoginAt, version, false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
