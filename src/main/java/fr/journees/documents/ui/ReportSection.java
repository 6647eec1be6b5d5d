package fr.journees.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.journees.event.EventHeader;
import fr.journees.report.BilanService;

/** The funders' report of the day ("bilan"), as a PDF or a spreadsheet. */
class ReportSection extends VerticalLayout {

    ReportSection(EventHeader event, String actorEmail, BilanService bilans, DocumentsPanel panel) {
        setPadding(false);
        var locale = getLocale();
        var pdf = new Button(getTranslation("report.documents.pdf"), click -> panel.start(click.getSource(),
                "bilan-" + event.slug() + ".pdf", DocumentsPanel.PDF, () -> bilans.pdf(actorEmail, event.id(), locale)));
        pdf.setId("report-pdf");
        var xlsx = new Button(getTranslation("report.documents.xlsx"), click -> panel.start(click.getSource(),
                "bilan-" + event.slug() + ".xlsx", DocumentsPanel.XLSX,
                () -> bilans.xlsx(actorEmail, event.id(), locale)));
        xlsx.setId("report-xlsx");
        add(new H3(getTranslation("report.documents.title")), new Paragraph(getTranslation("report.documents.help")),
                new HorizontalLayout(pdf, xlsx));
    }
}
