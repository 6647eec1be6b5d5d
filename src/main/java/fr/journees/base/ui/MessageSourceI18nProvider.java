package fr.journees.base.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's translations come from the same Spring bundles as e-mails, PDFs and calendars. */
@Component
class MessageSourceI18nProvider implements I18NProvider {

    private final MessageSource messages;

    MessageSourceI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", locale == null ? Languages.DEFAULT : locale);
    }
}
