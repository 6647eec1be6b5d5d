package fr.journees.certificate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.journees.base.pdf.PdfRenderer;

/** Certificates of attendance as PDF, one A4 page each, through the one PDF renderer. */
@Component
class CertificatePdfExporter {

    static final String TEMPLATE = "fr/journees/certificate/attestation.xhtml";

    private final PdfRenderer renderer;

    CertificatePdfExporter(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** signatureDataUri: the signature or stamp image, or null; issued: the date printed under "Fait le". */
    byte[] pdf(List<Certificate> certificates, String signatureDataUri, String issued, Locale locale) {
        var variables = new HashMap<String, Object>();
        variables.put("certificates", certificates);
        variables.put("signature", signatureDataUri);
        variables.put("issued", issued);
        return renderer.render(TEMPLATE, variables, locale);
    }
}
