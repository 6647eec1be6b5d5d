package fr.journees.certificate;

/** A signature image that is not a PNG or JPEG of at most 1 MB. */
public class CertificateRejected extends RuntimeException {

    public CertificateRejected(String message) {
        super(message);
    }
}
