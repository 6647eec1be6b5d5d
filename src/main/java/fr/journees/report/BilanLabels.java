package fr.journees.report;

import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.journees.registration.Departement;
import fr.journees.registration.StructureKind;

/** The report's words, from the message bundles (never Vaadin's helpers: reports are made off the UI). */
final class BilanLabels {

    private final MessageSource messages;

    BilanLabels(MessageSource messages) {
        this.messages = messages;
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String structureKind(String key, Locale locale) {
        return key == null ? text(locale, "report.none.given") : text(locale, StructureKind.valueOf(key).labelKey());
    }

    String departement(String code, Locale locale) {
        return Departement.of(code).map(Departement::label).orElseGet(() -> text(locale, "report.none.given"));
    }
}
