package fr.journees.security;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.journees.base.web.RequestBodyLimit;
import fr.journees.security.ui.LoginView;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, FramingOrigins origins,
                                            @Value("${journees.http.max-body-bytes:2097152}") long maxBody)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The error page of a refused request (a 405 on a public page…) is shown, not sent to login.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/css/**", "/js/**", "/icons/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // Public resources of the DESIGN.md contract served by plain controllers (calendar feeds…)
                .requestMatchers("/e/*/programme.ics", "/r/*/agenda.ics").permitAll()
                .requestMatchers("/e/*/confidentialite", "/r/*/donnees.json", "/r/*/donnees.html", "/r/*/attestation.pdf")
                .permitAll()
                // The participants' pages: server-rendered, stateless (DESIGN.md's public addresses)
                .requestMatchers("/e/*", "/e/*/inscription", "/e/*/logo", "/e/*/lien-perdu").permitAll()
                // What a day publishes: its organisations' logos, the banque de projets when the organisers chose so
                .requestMatchers("/e/*/organisations/*/logo", "/e/*/banque-de-projets.pdf",
                        "/e/*/banque-de-projets.xlsx").permitAll()
                .requestMatchers("/r/*", "/r/*/modifier", "/r/*/annuler", "/r/*/effacer", "/r/*/enquete").permitAll());
        // Their forms keep no session, hence no CSRF token: CrossOriginProtection refuses other sites' posts.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/e/*/inscription"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/e/*/lien-perdu"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/r/*/*")));
        // Framing is decided by SecurityHeaders (same origin, or the partners' sites for a day's page).
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new LoginCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new RequestBodyLimit(maxBody, RequestBodyLimit.plain()), CsrfFilter.class);
        http.addFilterBefore(new SecurityHeaders(origins::current), HeaderWriterFilter.class);
        http.addFilterBefore(new CrossOriginProtection(), CsrfFilter.class);
        return http.build();
    }

    /**
     * No tracing span per security filter: it cost a tenth of a registration's CPU under a rush and nobody
     * reads it. Request metrics and timings stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
