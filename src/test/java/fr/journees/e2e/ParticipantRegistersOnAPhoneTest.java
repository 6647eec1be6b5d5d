package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/**
 * A participant on a phone-sized window registers, gets the confirmation mail with their personal
 * link, opens the link and cancels. The mail is read from the outbox, which holds exactly what is
 * sent over SMTP (SMTP delivery itself is tested against GreenMail in SmtpOutboxTest).
 */
@JourneesSpringTest
class ParticipantRegistersOnAPhoneTest {

    static final Pattern PERSONAL_LINK = Pattern.compile("https?://\\S+?(/r/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired MailService mails;

    ChromeDriver phone;
    WebDriverWait wait;
    String slug;

    @BeforeEach
    void aPublishedDayWithRegistrationOpen() throws Exception {
        slug = "rencontre-" + UUID.randomUUID().toString().substring(0, 8);
        events.create(new EventDraft(slug, "Rencontre des médiateurs", null, "Inclusion numérique",
                LocalDate.now().plusDays(20), LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(10), 40, true, 5),
                List.of(), List.of());
        phone = Chromium.start(390, 844);
        wait = new WebDriverWait(phone, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void registers_receives_the_personal_link_and_cancels_from_it() {
        phone.get(url("/e/" + slug));
        assertThat(phone.executeScript("const d = document.documentElement;"
                + " return [window.innerWidth, d.scrollWidth <= d.clientWidth]"))
                .as("a phone's width, and nothing wider than the page").isEqualTo(List.of(390L, true));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-link"))).click();

        type("registration-firstName", "Léa");
        type("registration-lastName", "Etcheverry");
        type("registration-email", "lea.etcheverry+" + slug + "@example.org");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("registration-consentData"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("registration-submit"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-welcome")));
        assertThat(phone.findElement(By.id("personal-welcome")).getText())
                .contains("lea.etcheverry+" + slug + "@example.org");
        var token = URI.create(phone.getCurrentUrl()).getPath().replaceFirst("^/r/", "");
        var registration = registrations.byToken(token).orElseThrow();
        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(phone.findElement(By.id("calendar-ics")).getDomAttribute("href")).isEqualTo("/r/" + token + "/agenda.ics");
        assertThat(phone.findElement(By.id("calendar-google")).getDomAttribute("href"))
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE");

        var confirmation = mails.forRegistration(registration.id()).stream().findFirst().orElseThrow();
        assertThat(confirmation.subject()).contains("Rencontre des médiateurs");
        assertThat(confirmation.attachment()).isNotNull();
        assertThat(confirmation.attachment().contentType()).startsWith("text/calendar");
        assertThat(confirmation.attachment().name()).isEqualTo("agenda.ics");
        var link = PERSONAL_LINK.matcher(confirmation.text());
        assertThat(link.find()).as("personal link in the mail").isTrue();
        assertThat(link.group(1)).isEqualTo("/r/" + token);

        phone.get(url(link.group(1)));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("personal-cancel"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-cancelled-notice")));
        wait.until(driver -> registrations.byToken(token).orElseThrow().status() == RegistrationStatus.CANCELLED);
        assertThat(mails.forRegistration(registration.id())).extracting(OutboxMail::subject).hasSizeGreaterThan(1);
    }

    @Test
    void an_empty_then_a_wrong_submit_puts_the_focus_on_the_first_refused_field_in_view() {
        phone.get(url("/e/" + slug + "/inscription"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("registration-submit"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-errors")));
        assertFocusedAndInView("registration-firstName");

        type("registration-firstName", "Léa");
        type("registration-lastName", "Etcheverry");
        type("registration-email", "lea.etcheverry-sans-arobase");
        phone.findElement(By.id("registration-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-email"), "adresse"));
        assertThat(phone.findElements(By.id("error-consentData"))).as("the consent is refused too").isNotEmpty();
        assertFocusedAndInView("registration-email");
        assertThat(phone.findElement(By.id("registration-firstName")).getDomProperty("value")).isEqualTo("Léa");
    }

    /** Once the page has loaded, without waiting more: a field scrolled to late is missed by a person too. */
    private void assertFocusedAndInView(String id) {
        wait.until(driver -> "complete".equals(phone.executeScript("return document.readyState")));
        assertThat(phone.switchTo().activeElement().getDomAttribute("id")).isEqualTo(id);
        var box = phone.executeScript("""
                const box = document.activeElement.getBoundingClientRect();
                return [box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
                        box.top, box.bottom, window.innerHeight].join(' ');
                """);
        assertThat(String.valueOf(box)).as("#" + id + " in view (in view, top, bottom, window height)").startsWith("true");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String id, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).sendKeys(text);
    }
}
