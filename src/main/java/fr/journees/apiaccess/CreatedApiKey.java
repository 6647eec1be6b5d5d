package fr.journees.apiaccess;

/** A key just created: its secret exists in clear only here, to be shown once; the database keeps its hash. */
public record CreatedApiKey(long id, String secret) {

    /** Never the secret: records print their fields, and this one must not reach a log. */
    @Override
    public String toString() {
        return "CreatedApiKey[id=" + id + ", secret=" + ApiSecrets.prefix(secret) + "…]";
    }
}
