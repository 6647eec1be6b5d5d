package fr.journees.funding;

/** The financier column of a co-financing table, in the order such tables list them. */
public enum FunderCategory {
    EUROPEAN_UNION, STATE, REGION, OTHER_PUBLIC, OTHER_PARTNER;

    public String labelKey() {
        return "funding.category." + name();
    }
}
