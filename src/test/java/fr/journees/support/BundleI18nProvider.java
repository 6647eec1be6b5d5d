package fr.journees.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The application's translations (the bundles of spring.messages.basename) without Spring, for unit
 * tests of components: {@link #setUpFrench()} starts a mock Vaadin whose UI speaks French,
 * {@link #tearDown()} ends it.
 */
public class BundleI18nProvider implements I18NProvider {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public BundleI18nProvider() {
        var properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messages.setBasenames(properties.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.FRENCH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", locale);
    }

    /** Starts a mock Vaadin with these translations and a French UI. */
    public static void setUpFrench() {
        System.setProperty("vaadin.i18n.provider", BundleI18nProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }
}
