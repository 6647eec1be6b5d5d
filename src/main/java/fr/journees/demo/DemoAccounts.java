package fr.journees.demo;

/** Documented in the README; only ever created by the demo option, never in production. */
final class DemoAccounts {

    static final String ORGANISER_EMAIL = "orga@journees.test";
    static final String FACILITATOR_EMAIL = "anim@journees.test";
    static final String PASSWORD = "journees-demo";

    private DemoAccounts() {
    }
}
