package fr.journees.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.journees.base.ui.Localized;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.certificate.CertificateRejected;
import fr.journees.certificate.CertificateService;
import fr.journees.certificate.CertificateSettings;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.EventBranding;
import fr.journees.event.EventHeader;

/**
 * Certificates of attendance of a day: how many the door's records earn, who signs them and where, the
 * signature or stamp image, and all of them in one PDF (a page each). A signatory typed and not saved
 * yet makes leaving the tab ask first.
 */
class CertificatesPanel extends VerticalLayout implements UnsavedChanges {

    private final EventHeader event;
    private final CertificateService certificates;
    private final DraftBinder<CertificateSettings> binder = new DraftBinder<>(CertificateSettings.class, this);
    private final Paragraph signatureState = new Paragraph();

    CertificatesPanel(EventHeader event, CertificateService certificates) {
        this.event = event;
        this.certificates = certificates;
        setId("certificates");
        binder.addValueChangeListener(e -> guardedBrowserClose(binder.hasChanges()));
        addDetachListener(e -> UnsavedChanges.guardBrowserClose(this, false));
        setPadding(false);
        var count = new Paragraph(getTranslation("certificate.panel.present", certificates.presentCount(event.id())));
        count.setId("certificates-count");
        add(new H3(getTranslation("certificate.panel.title")), new Paragraph(getTranslation("certificate.panel.intro")),
                count, signatory(), signature(), download(), new CertificateMailing(event, certificates));
    }

    private HorizontalLayout signatory() {
        var name = field("signatoryName");
        var role = field("signatoryRole");
        var place = field("signedAtPlace");
        binder.readRecord(certificates.settings(event.id()));
        var save = new Button(getTranslation("certificate.panel.save"), e -> {
            try {
                certificates.save(event.id(), binder.writeRecord());
                // What is stored now is what the form shows: nothing left unsaved.
                binder.readRecord(certificates.settings(event.id()));
                guardedBrowserClose(false);
                Notifications.success(getTranslation("certificate.panel.saved"));
            } catch (ValidationException invalid) {
                name.focus();
            }
        });
        save.setId("certificate-save");
        var row = new HorizontalLayout(name, role, place, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private TextField field(String property) {
        var field = new TextField(getTranslation("certificate.field." + property));
        field.setId("certificate-" + property);
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    private VerticalLayout signature() {
        var upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> saveSignature(bytes)))));
        upload.setId("certificate-signature");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(EventBranding.MAX_LOGO_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("certificate.panel.signatureRefused")));
        var remove = new Button(getTranslation("certificate.panel.signatureRemove"), e -> saveSignature(null));
        remove.setId("certificate-signature-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signatureState.setId("certificate-signature-state");
        showSignatureState();
        var box = new VerticalLayout(new Paragraph(getTranslation("certificate.panel.signature")), signatureState,
                upload, remove);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private void saveSignature(byte[] bytes) {
        try {
            certificates.setSignature(event.id(), bytes);
            showSignatureState();
        } catch (CertificateRejected refused) {
            Notifications.error(getTranslation("certificate.panel.signatureRefused"));
        }
    }

    private void showSignatureState() {
        signatureState.setText(getTranslation(certificates.hasSignature(event.id())
                ? "certificate.panel.signatureSaved" : "certificate.panel.signatureNone"));
    }

    private Anchor download() {
        var locale = getLocale();
        var anchor = new Anchor(DownloadHandler.fromInputStream(download -> certificates.forDay(event.id(), locale)
                .map(pdf -> new DownloadResponse(new java.io.ByteArrayInputStream(pdf),
                        event.slug() + "-attestations.pdf", "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), getTranslation("certificate.panel.download"));
        anchor.setId("certificates-download");
        anchor.setEnabled(certificates.presentCount(event.id()) > 0);
        return anchor;
    }

    /** A signatory typed and not saved yet: leaving the tab asks first. */
    @Override
    public boolean hasUnsavedChanges() {
        return binder.hasChanges();
    }

    private boolean browserCloseGuarded;

    /** Tells the browser only when it changes, not at every key typed. */
    private void guardedBrowserClose(boolean unsaved) {
        if (unsaved != browserCloseGuarded) {
            browserCloseGuarded = unsaved;
            UnsavedChanges.guardBrowserClose(this, unsaved);
        }
    }
}
