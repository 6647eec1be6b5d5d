package fr.journees.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import fr.journees.event.EventDraft;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.ui.EventEditorView;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** Organisers give the livret its accent colour and logo from the Documents tab. */
class BrandingTest extends KaribuTest {

    @Autowired EventService events;
    @Autowired LivretService livrets;

    long eventId;

    @BeforeEach
    void aDay() {
        eventId = events.create(new EventDraft("charte-" + UUID.randomUUID().toString().substring(0, 8),
                "Journée charte", null, null, LocalDate.of(2026, 12, 3), LocalTime.of(9, 0), LocalTime.of(17, 0),
                null, EventStatus.DRAFT, null, null, null, false, 5), List.of(), List.of());
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "documents"));
    }

    static byte[] png() throws IOException {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x2e9e5b));
        graphics.fillRect(0, 0, 40, 20);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void sets_the_accent_colour_and_refuses_one_that_is_not_a_colour() {
        var colour = _get(TextField.class, spec -> spec.withId("branding-colour"));
        _setValue(colour, "vert");
        _click(_get(Button.class, spec -> spec.withId("branding-colour-save")));
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).startsWith("La couleur s’écrit #RRVVBB");
        _setValue(colour, "#2E9E5B");
        _click(_get(Button.class, spec -> spec.withId("branding-colour-save")));
        assertThat(events.branding(eventId).accentColour()).isEqualTo("#2e9e5b");
    }

    @Test
    void a_colour_typed_and_not_saved_asks_before_another_tab_and_not_once_saved() {
        _setValue(_get(TextField.class, spec -> spec.withId("branding-colour")), "#2e9e5b");

        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));

        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-changes")));
        assertThat(_get(TextField.class, spec -> spec.withId("branding-colour")).getValue()).isEqualTo("#2e9e5b");

        _click(_get(Button.class, spec -> spec.withId("branding-colour-save")));
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));

        _assertNone(ConfirmDialog.class, spec -> spec.withId("unsaved-changes"));
        _assertNone(TextField.class, spec -> spec.withId("branding-colour"));
    }

    @Test
    void an_uploaded_logo_is_printed_on_the_cover_of_the_livret() throws IOException {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("branding-logo")), "logo.png", "image/png", png());
        assertThat(events.branding(eventId).logoType()).isEqualTo("image/png");
        try (var pdf = Loader.loadPDF(livrets.pdf(eventId, PageFormat.A4, Locale.FRENCH))) {
            var cover = pdf.getPage(0).getResources();
            var images = new java.util.ArrayList<PDImageXObject>();
            for (var name : cover.getXObjectNames()) {
                if (cover.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).isNotEmpty();
        }
        _click(_get(Button.class, spec -> spec.withId("branding-logo-remove")));
        assertThat(events.branding(eventId).logo()).isNull();
    }

    @Test
    void refuses_a_logo_that_is_not_an_image_or_too_large() {
        assertThatThrownBy(() -> events.setLogo(eventId, "<svg onload=alert(1)>".getBytes()))
                .isInstanceOfSatisfying(EventRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(EventRejected.Reason.BAD_LOGO));
        var huge = new byte[2 * 1024 * 1024];
        huge[0] = (byte) 0x89;
        huge[1] = 'P';
        huge[2] = 'N';
        huge[3] = 'G';
        assertThatThrownBy(() -> events.setLogo(eventId, huge))
                .isInstanceOfSatisfying(EventRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(EventRejected.Reason.LOGO_TOO_LARGE));
        assertThat(events.branding(eventId).logo()).isNull();
    }
}
