package fr.journees.messaging.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.event.EventHeader;
import fr.journees.messaging.MessagingService;
import fr.journees.messaging.SentMessage;

/** The messages already sent for the day, latest first; a row opens to show the body as written. */
class SentMessages extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Grid<SentMessage> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final MessagingService messaging;
    private final long eventId;

    SentMessages(EventHeader event, MessagingService messaging) {
        this.messaging = messaging;
        this.eventId = event.id();
        setId("messages-sent");
        setPadding(false);
        grid.setId("messages-sent-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.sentAt().format(WHEN)).setHeader(getTranslation("messaging.sent.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SentMessage::subject).setHeader(getTranslation("messaging.sent.subject")).setFlexGrow(2);
        grid.addColumn(SentMessage::audience).setHeader(getTranslation("messaging.sent.audience")).setFlexGrow(1);
        grid.addColumn(SentMessage::recipientCount).setHeader(getTranslation("messaging.sent.count")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SentMessage::sentBy).setHeader(getTranslation("messaging.sent.by")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            var body = new Paragraph(m.body());
            body.getStyle().set("white-space", "pre-line");
            return body;
        }));
        grid.setAllRowsVisible(true);
        grid.setItems(query -> messaging.sent(event.id(), query.getOffset(), query.getLimit()).stream(),
                query -> messaging.sentCount(event.id()));
        none.setId("messages-sent-none");
        none.setText(getTranslation("messaging.sent.none"));
        add(new H3(getTranslation("messaging.sent.title")), none, grid);
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean any = messaging.sentCount(eventId) > 0;
        none.setVisible(!any);
        grid.setVisible(any);
    }
}
