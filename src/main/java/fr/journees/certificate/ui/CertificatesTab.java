package fr.journees.certificate.ui;

import org.springframework.stereotype.Component;

import fr.journees.certificate.CertificateService;
import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;

/** The event editor's "Attestations" tab: who signs, the signature image, every certificate of the day. */
@Component
class CertificatesTab extends SimpleEventEditorTab {

    private final CertificateService certificates;

    CertificatesTab(CertificateService certificates) {
        super("attestations", "certificate.tab", 66);
        this.certificates = certificates;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new CertificatesPanel(event, certificates);
    }
}
