package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.QRCodeWriter;

import fr.journees.checkin.CheckinLinkService;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.mail.MailService;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.CheckinCodes;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/**
 * A door volunteer on a phone, holding only the day's secret link: checks a person in by name, and
 * another by holding their badge's QR code to the camera (Chromium's fake camera plays a video of it).
 */
@JourneesSpringTest
class VolunteerChecksInAtTheDoorTest {

    static final int DOOR_POLL_SECONDS = 2;

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CheckinLinkService links;
    @Autowired MailService mails;
    @Autowired QuestionService questions;

    long eventId;
    RegistrationView maite;
    RegistrationView iker;
    RegistrationView oihana;
    ChromeDriver phone;
    WebDriverWait wait;

    @BeforeEach
    void aDayWithItsVolunteersLink() {
        eventId = days.create("porte-e2e", 50);
        var green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, null);
        var workshop = days.workshop(eventId, "Médiation numérique", null);
        maite = registrations.byId(registrations.register(eventId,
                OpenDay.person("Maite", "maite@porte-e2e.test", green, workshop)).id()).orElseThrow();
        iker = registrations.byId(registrations.register(eventId,
                OpenDay.person("Iker", "iker@porte-e2e.test", green, null)).id()).orElseThrow();
        oihana = registrations.byId(registrations.register(eventId,
                OpenDay.person("Oihana", "oihana@porte-e2e.test", null, workshop)).id()).orElseThrow();
        long transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Venez-vous en transport en commun ?", null, null, null, false,
                "Oui, en bus depuis la gare de Bayonne\nNon", null, null, true, false, true));
        long parking = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SHORT_TEXT,
                "Parking", null, null, null, false, null, null, null, true, false, true));
        questions.storeForRegistration(maite.id(), Map.of(transport, List.of("Oui, en bus depuis la gare de Bayonne"),
                parking, List.of("Une place pour un véhicule adapté")));
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.quit();
        }
        days.remove(eventId);
    }

    @Test
    void a_volunteer_on_a_phone_finds_a_person_by_name_and_checks_them_in() throws IOException {
        var mail = mails.forRegistration(maite.id()).stream().findFirst().orElseThrow();
        assertThat(mail.text()).contains(CheckinCodes.display(maite.checkinCode())).doesNotContain("porte/");
        phone = Chromium.start(390, 844);
        // Headless Chromium keeps its window at least 500 px wide: the phone's width is set on the page itself.
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        wait = new WebDriverWait(phone, Duration.ofSeconds(30));
        phone.get("http://localhost:" + port + "/porte/" + links.open(eventId, "orga@journees.test"));

        var search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#door-search input")));
        search.sendKeys("etchev");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#door-results .door-card"), 3));
        assertThat(phone.findElement(By.id("door-entry-" + maite.id())).getText())
                .contains("Venez-vous en transport en commun ? Oui, en bus",
                        "Parking : Une place pour un véhicule adapté");
        assertThat(((Number) phone.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        screenshot("door-search-390.png");
        // The tap goes with the rest of the name typed: the server narrows the list, then gets the tap on her card.
        search.sendKeys(" mai");
        phone.findElement(By.id("door-entry-" + maite.id())).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("door-answer"), "data-answer", "ARRIVED"));
        assertThat(phone.findElement(By.id("door-answer")).getText()).contains("Bienvenue Maite Etcheverry",
                "Parcours vert", "Médiation numérique");
        assertThat(attendance.entry(eventId, maite.id()).orElseThrow().present()).isTrue();
        assertThat(phone.findElement(By.id("door-count")).getText()).contains("1 présent·es sur 3");
        screenshot("door-arrived-390.png");


        // A handheld scanner types the code and Enter into the focused field; each answer vibrates its own way.
        phone.executeScript("window.vibrations = []; navigator.vibrate = p => { vibrations.push(p.join(',')); return true; };");
        phone.findElement(By.cssSelector("#door-search input")).sendKeys(iker.checkinCode() + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("door-answer"), "data-answer", "ARRIVED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("door-answer"), "Iker"));
        phone.findElement(By.cssSelector("#door-search input")).sendKeys(iker.checkinCode() + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("door-answer"), "data-answer", "ALREADY_PRESENT"));
        phone.findElement(By.cssSelector("#door-search input")).sendKeys("ZZZZ-ZZZZ" + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("door-answer"), "data-answer", "UNKNOWN_CODE"));
        wait.until(driver -> ((Number) phone.executeScript("return window.vibrations.length")).intValue() == 3);
        assertThat((List<?>) phone.executeScript("return window.vibrations")).doesNotHaveDuplicates();

        // Another door checks Oihana in: this screen shows it without reloading.
        attendance.checkInByCode(eventId, oihana.checkinCode(), "orga@journees.test", "Entrée sud");
        new WebDriverWait(phone, Duration.ofSeconds(5 * DOOR_POLL_SECONDS)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("door-count"), "3 présent·es sur 3"));
        phone.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        phone.manage().window().setSize(new Dimension(1366, 900));
        screenshot("door-arrived-1366.png");

        phone.get("http://localhost:" + port + "/evenements/" + eventId + "/inscriptions");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_volunteer_holds_a_badge_to_the_phones_camera_and_the_qr_code_checks_the_person_in() throws Exception {
        var video = Files.createTempFile("badge", ".y4m");
        Files.write(video, y4m(maite.checkinCode(), 640, 480, 10));
        phone = Chromium.start(390, 844, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video);
        wait = new WebDriverWait(phone, Duration.ofSeconds(30));
        phone.get("http://localhost:" + port + "/porte/" + links.open(eventId, "orga@journees.test"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("door-camera"))).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("door-answer"), "data-answer", "ARRIVED"));
        assertThat(attendance.entry(eventId, maite.id()).orElseThrow().present()).isTrue();
        screenshot("door-camera-390.png");
    }

    @Test
    void an_organiser_follows_live_attendance_in_the_days_check_in_tab() throws IOException {
        attendance.checkIn(eventId, maite.id(), "orga@journees.test", null);
        phone = Chromium.start(1366, 900);
        wait = new WebDriverWait(phone, Duration.ofSeconds(60));
        phone.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("orga@journees.test");
        phone.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("journees-demo", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        phone.get("http://localhost:" + port + "/evenements/" + eventId + "/accueil");

        var total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-total")));
        assertThat(total.getText()).contains("1", "/ 3");
        screenshot("attendance-1366.png");
        attendance.checkInByCode(eventId, iker.checkinCode(), "door", null);
        new WebDriverWait(phone, Duration.ofSeconds(5 * DOOR_POLL_SECONDS)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("attendance-total"), "2"));
        phone.manage().window().setSize(new Dimension(390, 844));
        screenshot("attendance-390.png");
        phone.findElement(By.id("attendance-open-door")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#door-search input")));
        screenshot("door-organiser-390.png");
    }

    /** A YUV4MPEG2 video of a QR code: a text header, then per frame the Y plane and the U and V planes at half size. */
    static byte[] y4m(String content, int width, int height, int frames) throws Exception {
        var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 320, 320,
                Map.of(EncodeHintType.MARGIN, 4));
        int left = (width - matrix.getWidth()) / 2;
        int top = (height - matrix.getHeight()) / 2;
        var luma = new byte[width * height];
        java.util.Arrays.fill(luma, (byte) 235);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                if (matrix.get(x, y)) {
                    luma[(top + y) * width + left + x] = (byte) 16;
                }
            }
        }
        var chroma = new byte[width / 2 * height / 2];
        java.util.Arrays.fill(chroma, (byte) 128);
        var out = new ByteArrayOutputStream();
        out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
        for (int f = 0; f < frames; f++) {
            out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            out.write(luma);
            out.write(chroma);
            out.write(chroma);
        }
        return out.toByteArray();
    }

    private void screenshot(String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), phone.getScreenshotAs(OutputType.BYTES));
    }
}
