package fr.journees.privacy;

/** The actions recorded in the privacy log (the CHECK of privacy_log lists the same). */
public enum PrivacyAction { RETENTION_RUN, ANONYMISED_DAY, SELF_ERASURE, SELF_EXPORT }
