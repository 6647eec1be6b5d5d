package fr.journees.certificate;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.RegistrationView;

/** The personal page lists the certificate mailed to its participant, beside the organisers' messages. */
@Component
class CertificatesOnThePersonalPage implements ParticipantMessages {

    private final CertificateService certificates;

    CertificatesOnThePersonalPage(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<Received> receivedBy(RegistrationView registration) {
        return certificates.mailedTo(registration).stream().toList();
    }
}
