package fr.journees.base.validation;

/**
 * What an e-mail address must look like for our mails to reach it. Bean Validation's {@code @Email} alone
 * accepts quoted local parts such as {@code "a,b;c"@example.fr}, which the mailer then refuses: use
 * {@code @Email(regexp = MailAddresses.DELIVERABLE)} on every address we write to.
 */
public final class MailAddresses {

    /** A dot-atom local part and a domain of at least two labels, in plain ASCII. */
    public static final String DELIVERABLE =
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+";

    private MailAddresses() {
    }
}
