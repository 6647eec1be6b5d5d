package fr.journees.base.jobs;

import org.jooq.DSLContext;

/** A lease as another application node holds it: same table, another holder. */
public final class OtherNode {

    private OtherNode() {
    }

    public static JobLease lease(DSLContext dsl) {
        return new JobLeaseRepository(dsl);
    }
}
