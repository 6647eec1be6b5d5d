package fr.journees.base;

/**
 * The version of the privacy notice the public pages show; stored with every consent so that one can
 * prove what a participant was told. Change it whenever the notice's text changes.
 */
public final class PrivacyNotice {

    public static final String VERSION = "2026-12-01";

    private PrivacyNotice() {
    }
}
