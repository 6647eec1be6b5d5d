package fr.journees.documents.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;

/**
 * Makes the event's documents on demand, in the background with a progress bar; a finished document
 * is offered for download (and previewed), a failure is explained and logged — never an empty file.
 */
class DocumentsPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EventHeader event;
    private final DocumentJobs jobs;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout result = new VerticalLayout();
    private final VerticalLayout output = new VerticalLayout();
    private Future<?> running;

    DocumentsPanel(EventHeader event, LivretService livrets, DocumentJobs jobs) {
        this.event = event;
        this.jobs = jobs;
        setId("documents");
        setPadding(false);
        progress.setIndeterminate(true);
        progress.setId("documents-progress");
        progress.setVisible(false);
        error.setId("documents-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setPadding(false);
        result.setId("documents-result");
        output.setPadding(false);

        var format = new RadioButtonGroup<PageFormat>(getTranslation("outputs.documents.format"));
        format.setId("livret-format");
        format.setItems(PageFormat.values());
        format.setValue(PageFormat.A4);
        var locale = getLocale();
        var prepare = new Button(getTranslation("outputs.documents.livret.prepare"), click -> start(
                "livret-" + event.slug() + "-" + format.getValue().name().toLowerCase() + ".pdf",
                () -> livrets.pdf(event.id(), format.getValue(), locale)));
        prepare.setId("livret-prepare");
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3(getTranslation("outputs.documents.livret")), new Paragraph(getTranslation(
                "outputs.documents.livret.help")), new HorizontalLayout(format, prepare));
        super.add(output);
        output.add(progress, error, result);
    }

    /** Sections added later go above the progress bar and the result. */
    @Override
    public void add(com.vaadin.flow.component.Component... components) {
        super.add(components);
        if (output.getParent().isPresent()) {
            super.add(output);
        }
    }

    /** Runs the job in the background; the page polls while it runs, so no push is needed. */
    void start(String fileName, Supplier<byte[]> job) {
        start(fileName, PDF, job);
    }

    /** As {@link #start(String, Supplier)} for a document of that media type; only a PDF is previewed. */
    void start(String fileName, String type, Supplier<byte[]> job) {
        if (running != null && !running.isDone()) {
            return;
        }
        var ui = UI.getCurrent();
        result.removeAll();
        error.setVisible(false);
        progress.setVisible(true);
        ui.setPollInterval(500);
        running = jobs.submit(() -> {
            try {
                var bytes = job.get();
                if (bytes == null || bytes.length == 0) {
                    throw new IllegalStateException("Empty document " + fileName);
                }
                ui.access(() -> done(ui, fileName, type, bytes));
            } catch (RuntimeException | Error failure) {
                log.error("Could not make {} for event {}", fileName, event.id(), failure);
                ui.access(() -> failed(ui));
            }
            return null;
        });
    }

    private void done(UI ui, String fileName, String type, byte[] bytes) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        var handler = DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, type, bytes.length));
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("outputs.documents.download",
                fileName, bytes.length / 1024));
        link.setId("documents-download");
        result.add(link);
        if (PDF.equals(type)) {
            result.add(preview(fileName, bytes));
        }
        Notifications.success(getTranslation("outputs.documents.ready"));
    }

    private IFrame preview(String fileName, byte[] bytes) {
        var preview = new IFrame();
        preview.setSrc(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, PDF, bytes.length)));
        preview.setId("documents-preview");
        preview.setWidthFull();
        preview.setHeight("70vh");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        return preview;
    }

    private void failed(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        error.setText(getTranslation("outputs.documents.failed"));
        error.setVisible(true);
        Notifications.error(getTranslation("outputs.documents.failed"));
    }

    /** For tests: waits for the running job, if any. */
    void awaitJob() throws Exception {
        if (running != null) {
            running.get();
        }
    }
}
