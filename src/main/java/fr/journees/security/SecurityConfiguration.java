package fr.journees.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.journees.base.web.RequestBodyLimit;
import fr.journees.security.ui.LoginView;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            @Value("${journees.http.max-body-bytes:2097152}") long maxBody)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/css/**", "/js/**", "/icons/**", "/images/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // Public resources of the DESIGN.md contract served by plain controllers (calendar feeds…)
                .requestMatchers("/e/*/programme.ics", "/r/*/agenda.ics").permitAll()
                .requestMatchers("/e/*/confidentialite", "/r/*/donnees.json", "/r/*/donnees.html").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new LoginCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new RequestBodyLimit(maxBody, RequestBodyLimit.plain()), CsrfFilter.class);
        http.addFilterBefore(new SecurityHeaders(), HeaderWriterFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
