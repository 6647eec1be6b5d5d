package fr.journees.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's bundles without Spring, for exporters tested as plain functions. */
public final class TestMessages {

    private TestMessages() {
    }

    public static ResourceBundleMessageSource of(String... bundles) {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(bundles);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
