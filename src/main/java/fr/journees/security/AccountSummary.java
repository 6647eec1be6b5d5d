package fr.journees.security;

import java.time.LocalDateTime;
import java.util.List;

public record AccountSummary(long id, String email, String displayName, List<String> roles, boolean enabled,
                             LocalDateTime lastLoginAt) {
}
