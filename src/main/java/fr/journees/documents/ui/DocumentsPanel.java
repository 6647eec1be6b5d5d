package fr.journees.documents.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.pdf.PdfPages;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;

/**
 * Makes the event's documents on demand, in the background with a progress bar; a finished document
 * is offered for download (and previewed as pictures of its pages), a failure is explained and logged —
 * never an empty file. Progress and result show right under the button that was pressed.
 */
class DocumentsPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final float PREVIEW_DPI = 40;
    static final int PREVIEW_PAGES = 40;

    private final EventHeader event;
    private final DocumentJobs jobs;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph preparing = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout result = new VerticalLayout();
    private final VerticalLayout output = new VerticalLayout();
    private final HorizontalLayout livretRow;
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
        output.setWidthFull();
        result.setWidthFull();
        preparing.setId("documents-preparing");
        preparing.setVisible(false);

        var format = new RadioButtonGroup<PageFormat>(getTranslation("outputs.documents.format"));
        format.setId("livret-format");
        format.setItems(PageFormat.values());
        format.setValue(PageFormat.A4);
        var locale = getLocale();
        var prepare = new Button(getTranslation("outputs.documents.livret.prepare"), click -> start(
                click.getSource(), "livret-" + event.slug() + "-" + format.getValue().name().toLowerCase() + ".pdf",
                PDF, () -> livrets.pdf(event.id(), format.getValue(), locale)));
        prepare.setId("livret-prepare");
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        livretRow = new HorizontalLayout(format, prepare);
        livretRow.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("outputs.documents.livret")), new Paragraph(getTranslation(
                "outputs.documents.livret.help")), livretRow);
        output.setId("documents-output");
        output.add(preparing, progress, error, result);
    }

    /** Moves the progress bar and the result right under that component of the panel. */
    void below(com.vaadin.flow.component.Component source) {
        if (running != null && !running.isDone()) {
            return;
        }
        output.removeFromParent();
        var section = source;
        while (section.getParent().isPresent() && section.getParent().get() != this) {
            section = section.getParent().get();
        }
        if (section.getParent().isEmpty()) {
            add(output);
            return;
        }
        addComponentAtIndex(indexOf(section) + 1, output);
    }

    /** Runs the job in the background; the page polls while it runs, so no push is needed. */
    void start(String fileName, Supplier<byte[]> job) {
        start(livretRow, fileName, PDF, job);
    }

    /**
     * As {@link #start(String, Supplier)} for a document of that media type, shown under source (the
     * button pressed); only a PDF is previewed.
     */
    void start(com.vaadin.flow.component.Component source, String fileName, String type, Supplier<byte[]> job) {
        if (running != null && !running.isDone()) {
            return;
        }
        below(source);
        var ui = UI.getCurrent();
        result.removeAll();
        error.setVisible(false);
        preparing.setText(getTranslation("outputs.documents.preparing", fileName));
        preparing.setVisible(true);
        progress.setVisible(true);
        ui.setPollInterval(500);
        running = jobs.submit(() -> {
            try {
                var bytes = job.get();
                if (bytes == null || bytes.length == 0) {
                    throw new IllegalStateException("Empty document " + fileName);
                }
                var pages = PDF.equals(type) ? PdfPages.png(bytes, PREVIEW_DPI, PREVIEW_PAGES)
                        : List.<byte[]>of();
                ui.access(() -> done(ui, fileName, type, bytes, pages));
            } catch (RuntimeException | Error failure) {
                log.error("Could not make {} for event {}", fileName, event.id(), failure);
                ui.access(() -> failed(ui));
            }
            return null;
        });
    }

    private void done(UI ui, String fileName, String type, byte[] bytes, List<byte[]> pages) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        preparing.setVisible(false);
        var handler = DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, type, bytes.length));
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("outputs.documents.download",
                fileName, bytes.length / 1024));
        link.setId("documents-download");
        result.add(link);
        if (!pages.isEmpty()) {
            result.add(preview(fileName, pages));
        }
        Notifications.success(getTranslation("outputs.documents.ready"));
    }

    /** Pictures of the pages, side by side: a frame would be refused by the frame policy of the whole site. */
    private Div preview(String fileName, List<byte[]> pages) {
        var preview = new Div();
        preview.setId("documents-preview");
        preview.addClassName("documents-preview");
        preview.setWidthFull();
        for (int i = 0; i < pages.size(); i++) {
            var png = pages.get(i);
            var name = fileName.replaceAll("\\.[a-z]+$", "") + "-" + (i + 1) + ".png";
            var page = new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(png), name, "image/png", png.length)),
                    getTranslation("outputs.documents.preview.page", i + 1));
            page.addClassName("documents-page");
            page.getElement().setAttribute("loading", "lazy");
            preview.add(page);
        }
        return preview;
    }

    private void failed(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        preparing.setVisible(false);
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
