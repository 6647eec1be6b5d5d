package fr.journees.chantier.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Notifications;
import fr.journees.chantier.BanquePdfExporter;
import fr.journees.chantier.BanqueXlsxExporter;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventSharing;

/** The organisers' side of the restitution: open the board, share it read-only, download the banque de projets. */
class RestitutionPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(RestitutionPanel.class);

    private final EventHeader event;
    private final EventSharing events;
    private final Paragraph publicLink = new Paragraph();

    RestitutionPanel(EventHeader event, String me, ChantierService service, EventSharing events,
                     BanquePdfExporter pdf, BanqueXlsxExporter xlsx) {
        this.event = event;
        this.events = events;
        setId("restitution-panel");
        var board = new Anchor(RouteConfiguration.forSessionScope().getUrl(RestitutionBoardView.class,
                RestitutionBoardView.parameters(event.id())), getTranslation("chantier.board.open"));
        board.setId("open-board");
        board.setTarget(AnchorTarget.BLANK);
        var share = new Checkbox(getTranslation("chantier.board.public"));
        share.setId("board-public");
        share.setHelperText(getTranslation("chantier.board.public.help"));
        var token = events.boardToken(event.id());
        share.setValue(token.isPresent());
        showLink(token.orElse(null));
        share.addValueChangeListener(e -> showLink(events.setBoardPublic(event.id(), e.getValue()).orElse(null)));
        publicLink.setId("board-public-link");
        var locale = getLocale();
        var pdfLink = download("banque-pdf", "chantier.banque.pdf", "banque-de-projets.pdf", "application/pdf",
                () -> pdf.pdf(service.banque(me, event.id()), locale));
        var xlsxLink = download("banque-xlsx", "chantier.banque.xlsx", "banque-de-projets.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> xlsx.xlsx(service.banque(me, event.id()), locale));
        var publish = new Checkbox(getTranslation("chantier.banque.public"));
        publish.setId("banque-public");
        publish.setHelperText(getTranslation("chantier.banque.public.help"));
        publish.setValue(events.banquePublic(event.id()));
        publish.setReadOnly(!event.editable());
        publish.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                events.setBanquePublic(event.id(), e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "chantier.banque.public.on" : "chantier.banque.public.off"));
            } catch (EventNotEditable archivedMeanwhile) {
                publish.setValue(e.getOldValue());
                publish.setReadOnly(true);
                Notifications.error(getTranslation("chantier.banque.public.locked"));
            }
        });
        add(new H3(getTranslation("chantier.board.heading")), board, share, publicLink,
                new H3(getTranslation("chantier.banque.title")), new HorizontalLayout(pdfLink, xlsxLink), publish);
    }

    private void showLink(String token) {
        if (token == null) {
            publicLink.removeAll();
            publicLink.setText(getTranslation("chantier.board.public.off"));
            return;
        }
        var path = RouteConfiguration.forSessionScope().getUrl(PublicBoardView.class,
                new RouteParameters("token", token));
        var request = VaadinServletRequest.getCurrent();
        var base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        publicLink.setText("");
        var anchor = new Anchor(path, base + path);
        anchor.setTarget(AnchorTarget.BLANK);
        publicLink.add(anchor);
    }

    private Anchor download(String id, String key, String fileName, String type,
                            Supplier<byte[]> bytes) {
        var failure = getTranslation("chantier.banque.failed");
        var anchor = new Anchor(DownloadHandler.fromInputStream(e -> respond(e.getUI(), fileName, type, bytes,
                failure)), getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    /** The file, or an error status for the browser and a message on the page (pushed): never a silent failure. */
    static DownloadResponse respond(UI ui, String fileName, String type, Supplier<byte[]> bytes, String failure) {
        try {
            var content = bytes.get();
            if (content == null || content.length == 0) {
                throw new IllegalStateException("Empty " + fileName);
            }
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        } catch (RuntimeException e) {
            log.error("Could not make {}", fileName, e);
            if (ui != null) {
                ui.access(() -> Notifications.error(failure));
            }
            return DownloadResponse.error(500, failure);
        }
    }
}
