package fr.journees.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retries of the outbox run on Spring's scheduler. */
@Configuration
@EnableScheduling
class MailConfiguration {
}
