package fr.journees.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.journees.base.ui.Localized;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.event.EventBranding;
import fr.journees.event.EventHeader;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;

/**
 * The livret's accent colour and logo. The logo is saved as soon as it is sent; a colour typed and not
 * saved yet makes leaving the tab ask first.
 */
class BrandingSection extends Div implements UnsavedChanges {

    private final EventService events;
    private final EventHeader event;
    private final TextField colour = new TextField();
    private final Span swatch = new Span();
    private final Paragraph logoState = new Paragraph();
    private final Typed typed;

    BrandingSection(EventService events, EventHeader event) {
        this.events = events;
        this.event = event;
        setId("branding");
        var branding = events.branding(event.id());
        colour.setId("branding-colour");
        colour.setLabel(getTranslation("outputs.branding.colour"));
        colour.setHelperText(getTranslation("outputs.branding.colour.help"));
        colour.setPlaceholder("#1f5f8b");
        colour.setMaxLength(7);
        colour.setValue(branding.accentColour() == null ? "" : branding.accentColour());
        swatch.addClassName("swatch");
        paint(branding.accentColour());
        var saveColour = new Button(getTranslation("outputs.branding.colour.save"), e -> saveColour());
        saveColour.setId("branding-colour-save");
        var colourRow = new HorizontalLayout(colour, swatch, saveColour);
        colourRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        typed = Typed.in(colour, this);
        addDetachListener(e -> UnsavedChanges.guardBrowserClose(this, false));

        var upload = Localized.upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> saveLogo(bytes)))));
        upload.setId("branding-logo");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(EventBranding.MAX_LOGO_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("event.error.LOGO_TOO_LARGE")));
        var removeLogo = new Button(getTranslation("outputs.branding.logo.remove"), e -> saveLogo(null));
        removeLogo.setId("branding-logo-remove");
        logoState.setId("branding-logo-state");
        showLogoState(branding.logo() != null);

        add(new H3(getTranslation("outputs.branding.title")), colourRow, logoState, upload, removeLogo);
        setEnabled(event.editable());
    }

    private void saveColour() {
        try {
            events.setAccentColour(event.id(), colour.getValue());
            colour.setInvalid(false);
            paint(events.branding(event.id()).accentColour());
            typed.reset();
            UnsavedChanges.guardBrowserClose(this, false);
            Notifications.success(getTranslation("outputs.branding.saved"));
        } catch (EventRejected rejected) {
            colour.setErrorMessage(getTranslation("event.error." + rejected.reason().name()));
            colour.setInvalid(true);
        } catch (EventNotEditable archived) {
            Notifications.error(getTranslation("event.error.archived"));
        }
    }

    /** A colour typed and not saved: leaving the tab asks first. */
    @Override
    public boolean hasUnsavedChanges() {
        return typed.changed();
    }

    private void saveLogo(byte[] bytes) {
        try {
            events.setLogo(event.id(), bytes);
            showLogoState(bytes != null);
            Notifications.success(getTranslation("outputs.branding.saved"));
        } catch (EventRejected rejected) {
            Notifications.error(getTranslation("event.error." + rejected.reason().name()));
        } catch (EventNotEditable archived) {
            Notifications.error(getTranslation("event.error.archived"));
        }
    }

    private void paint(String accent) {
        swatch.getStyle().set("background", accent == null ? "#1f5f8b" : accent);
    }

    private void showLogoState(boolean present) {
        logoState.setText(getTranslation(present ? "outputs.branding.logo.present" : "outputs.branding.logo.none"));
    }
}
