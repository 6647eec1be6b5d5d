package fr.journees.privacy;

/** The actions recorded in the privacy log (the CHECK of privacy_log lists the same). */
public enum PrivacyAction {
    RETENTION_RUN, ANONYMISED_DAY, SELF_ERASURE, SELF_EXPORT, PERSON_EXPORT, PERSON_ERASURE, ACCOUNT_DISABLED,
    ACCOUNT_ENABLED, ACCOUNT_ANONYMISED
}
