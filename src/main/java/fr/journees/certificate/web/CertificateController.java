package fr.journees.certificate.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.certificate.CertificateService;

/** A participant's certificate of attendance from their personal link; 404 for anyone not checked in. */
@RestController
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/r/{token}/attestation.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String token) {
        return certificates.forParticipant(token).map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("attestation-de-presence.pdf").build().toString())
                        .cacheControl(CacheControl.noStore()).body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
