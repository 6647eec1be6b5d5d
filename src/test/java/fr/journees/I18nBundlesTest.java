package fr.journees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every French bundle has its English twin with exactly the same keys, none empty, none defined twice. */
class I18nBundlesTest {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        for (var french : frenchBundles()) {
            var english = resolver.getResource("classpath:" + french.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English twin of " + french).isTrue();
            assertThat(load(english).stringPropertyNames()).as(french)
                    .containsExactlyInAnyOrderElementsOf(load(resolver.getResource("classpath:" + french))
                            .stringPropertyNames());
        }
    }

    @Test
    void no_translation_is_left_empty() throws IOException {
        for (var resource : resolver.getResources("classpath*:{messages,i18n/*}*.properties")) {
            var messages = load(resource);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(resource.getFilename() + " " + key).isNotBlank());
        }
    }

    @Test
    void messages_with_arguments_escape_their_apostrophes_for_message_format() throws IOException {
        for (var resource : resolver.getResources("classpath*:{messages,i18n/*}*.properties")) {
            var messages = load(resource);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
                var value = messages.getProperty(key);
                if (value.contains("{")) {
                    assertThat(value.replace("''", "")).as(resource.getFilename() + " " + key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        var owner = new HashMap<String, String>();
        for (var french : frenchBundles()) {
            for (var key : load(resolver.getResource("classpath:" + french)).stringPropertyNames()) {
                assertThat(owner.put(key, french)).as(key + " in " + french + " and " + owner.get(key)).isNull();
            }
        }
    }

    private List<String> frenchBundles() throws IOException {
        var bundles = new ArrayList<String>(List.of("messages.properties"));
        for (var resource : resolver.getResources("classpath*:i18n/*.properties")) {
            if (!resource.getFilename().endsWith("_en.properties")) {
                bundles.add("i18n/" + resource.getFilename());
            }
        }
        return bundles;
    }

    private static Properties load(Resource resource) throws IOException {
        var properties = new Properties();
        try (var in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
