package fr.journees.report.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Localized;
import fr.journees.report.PeriodReportService;
import fr.journees.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The funders' indicators over a chosen period (a year by default), as a spreadsheet. */
@Route("bilans")
@Menu(order = 75, title = "report.period.menu", icon = "vaadin:chart")
@RolesAllowed(Roles.ORGANISER)
public class PeriodReportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DatePicker from = Localized.datePicker();
    private final DatePicker to = Localized.datePicker();
    private final Anchor download;

    public PeriodReportView(PeriodReportService reports) {
        setId("period-report-view");
        var year = LocalDate.now().getYear();
        from.setId("period-from");
        from.setLabel(getTranslation("report.period.from"));
        from.setValue(LocalDate.of(year, 1, 1));
        to.setId("period-to");
        to.setLabel(getTranslation("report.period.to"));
        to.setValue(LocalDate.of(year, 12, 31));
        var locale = getLocale();
        download = new Anchor(DownloadHandler.fromInputStream(request -> {
            var bytes = reports.xlsx(from.getValue(), to.getValue(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), XLSX, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("report.period.download"));
        download.setId("period-download");
        from.addValueChangeListener(e -> check());
        to.addValueChangeListener(e -> check());
        var row = new HorizontalLayout(from, to, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H1(getTranslation("report.period.title")), new Paragraph(getTranslation("report.period.intro")), row);
    }

    /** A period that ends before it starts, or has no end, offers no download and says why. */
    private void check() {
        boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("report.period.invalid"));
        download.setEnabled(valid);
    }

    String fileName() {
        return "bilan-" + from.getValue() + "-" + to.getValue() + ".xlsx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.period.title") + " · " + getTranslation("app.name");
    }
}
