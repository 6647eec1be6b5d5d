package fr.journees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class I18nBundlesTest {

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        var french = load("messages.properties");
        var english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    @Test
    void no_translation_is_left_empty() throws IOException {
        for (var bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            var messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
