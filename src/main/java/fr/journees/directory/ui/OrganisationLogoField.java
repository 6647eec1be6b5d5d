package fr.journees.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.journees.base.Images;
import fr.journees.base.ui.Localized;
import fr.journees.base.ui.Notifications;
import fr.journees.directory.LogoRejected;
import fr.journees.directory.OrganisationLogos;

/**
 * The logo of the organisation open in the dialog, saved as soon as it is chosen (like the day's logo):
 * shown with its name on the public pages of the days it organises or supports.
 */
class OrganisationLogoField extends Div {

    private final transient OrganisationLogos logos;
    private final Paragraph state = new Paragraph();
    private final Image preview = new Image();
    private final Div controls = new Div();
    private Long organisationId;

    OrganisationLogoField(OrganisationLogos logos) {
        this.logos = logos;
        setId("organisation-logo");
        var upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> save(bytes)))));
        upload.setId("organisation-logo-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(Images.MAX_LOGO_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("organisation.logo.error.TOO_LARGE")));
        var remove = new Button(getTranslation("organisation.logo.remove"), e -> save(null));
        remove.setId("organisation-logo-remove");
        state.setId("organisation-logo-state");
        preview.setId("organisation-logo-preview");
        preview.setAlt(getTranslation("organisation.logo.preview"));
        preview.setMaxHeight("4rem");
        controls.add(preview, upload, remove);
        controls.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-m)");
        add(new H4(getTranslation("organisation.logo")), state, controls);
    }

    /** The organisation the dialog opened on, or null for a new one (which must be saved first). */
    void show(Long id) {
        organisationId = id;
        controls.setVisible(id != null);
        if (id == null) {
            state.setText(getTranslation("organisation.logo.saveFirst"));
            return;
        }
        refresh(logos.logo(id).isPresent());
    }

    private void save(byte[] bytes) {
        try {
            logos.set(organisationId, bytes);
            refresh(bytes != null);
            Notifications.success(getTranslation("organisation.logo.saved"));
        } catch (LogoRejected rejected) {
            Notifications.error(getTranslation("organisation.logo.error." + rejected.reason().name()));
        }
    }

    private void refresh(boolean present) {
        state.setText(getTranslation(present ? "organisation.logo.present" : "organisation.logo.none"));
        preview.setVisible(present);
        if (present) {
            long id = organisationId;
            preview.setSrc(DownloadHandler.fromInputStream(e -> logos.logo(id)
                    .map(bytes -> new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "logo",
                            Images.type(bytes), bytes.length))
                    .orElse(DownloadResponse.error(404))));
        }
    }
}
