package fr.journees.base.jobs;

import static fr.journees.db.Tables.JOB_LEASE;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lease as a row of {@code job_lease}: taken by one conditional UPDATE (free, expired, or already
 * ours), which the database runs atomically, so that of several nodes exactly one gets 1 row changed.
 * Each run is its own transaction: a lease must be visible to the other nodes as soon as it is taken.
 */
@Repository
class JobLeaseRepository implements JobLease {

    private final DSLContext dsl;
    /** This process among the nodes: host and pid, plus a random part for two contexts in one JVM. */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    JobLeaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryTake(String job, Duration duration) {
        var now = LocalDateTime.now();
        dsl.insertInto(JOB_LEASE).set(JOB_LEASE.JOB_NAME, job).set(JOB_LEASE.HOLDER, "-")
                .set(JOB_LEASE.UNTIL, now.minusSeconds(1)).onDuplicateKeyIgnore().execute();
        return dsl.update(JOB_LEASE).set(JOB_LEASE.HOLDER, holder).set(JOB_LEASE.UNTIL, now.plus(duration))
                .where(JOB_LEASE.JOB_NAME.eq(job).and(JOB_LEASE.UNTIL.lt(now).or(JOB_LEASE.HOLDER.eq(holder))))
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String job) {
        dsl.update(JOB_LEASE).set(JOB_LEASE.UNTIL, LocalDateTime.now().minusSeconds(1))
                .where(JOB_LEASE.JOB_NAME.eq(job).and(JOB_LEASE.HOLDER.eq(holder))).execute();
    }
}
