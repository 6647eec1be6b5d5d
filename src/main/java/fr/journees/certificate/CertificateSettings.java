package fr.journees.certificate;

import jakarta.validation.constraints.Size;

/** Who signs a day's certificates of attendance, and where; blank fields are left out of the certificate. */
public record CertificateSettings(@Size(max = 200) String signatoryName,
                                  @Size(max = 200) String signatoryRole,
                                  @Size(max = 200) String signedAtPlace) {

    public static final CertificateSettings NONE = new CertificateSettings(null, null, null);
}
