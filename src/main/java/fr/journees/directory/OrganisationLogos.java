package fr.journees.directory;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.base.Images;

/** The organisations' logos, shown with their names on the public pages of the days they organise or support. */
@Service
public class OrganisationLogos {

    private final OrganisationRepository organisations;

    OrganisationLogos(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** A PNG or JPEG of at most 1 MB; null removes the logo. */
    @Transactional
    public void set(long organisationId, byte[] logo) {
        String type = null;
        if (logo != null) {
            if (logo.length > Images.MAX_LOGO_BYTES) {
                throw new LogoRejected(LogoRejected.Reason.TOO_LARGE);
            }
            type = Images.type(logo);
            if (type == null) {
                throw new LogoRejected(LogoRejected.Reason.NOT_AN_IMAGE);
            }
        }
        if (!organisations.updateLogo(organisationId, logo, type)) {
            throw new LogoRejected(LogoRejected.Reason.NOT_FOUND);
        }
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> logo(long organisationId) {
        return organisations.logo(organisationId);
    }
}
