package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core run in the page the browser shows (WCAG 2.1 A and AA), and a whole-page screenshot of it. */
final class Axe {

    private static final String SCRIPT = read("/axe/axe.min.js");

    private Axe() {
    }

    /** The serious and critical violations of the page, each as "page: rule (impact) first nodes". */
    @SuppressWarnings("unchecked")
    static List<String> audit(ChromeDriver browser, String page) {
        browser.executeScript(SCRIPT);
        var result = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))}))
                   .catch(e => done({error: String(e)}));
                """);
        assertThat(result.get("error")).as(page).isNull();
        var found = new ArrayList<String>();
        for (var violation : (List<Map<String, Object>>) result.get("violations")) {
            var impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                found.add(page + ": " + violation.get("id") + " (" + impact + ") " + violation.get("nodes"));
            }
        }
        return found;
    }

    /** The whole page into target/screenshots/{name}.png, the window then back to {@code width} × 900. */
    static void screenshot(ChromeDriver browser, String name, int width) throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 20, 6000)));
        browser.executeScript("window.scrollTo(0, 0)");
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private static String read(String resource) {
        try (var in = Axe.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
