package fr.journees.api;

import java.sql.SQLNonTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Test sources only: an API endpoint that fails the way a bug would, to see what a client gets. It is
 * opened nowhere in the API's security rules, so it also shows that a new endpoint needs a key by default.
 */
@RestController
@Hidden
class FailingProbeController {

    static final String PATH = "/api/v1/test-probe/failure";
    static final String DATABASE_GONE = "/api/v1/test-probe/database-gone";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a bug in an API endpoint");
    }

    /** What the driver throws when the database server died under an open connection. */
    @GetMapping(DATABASE_GONE)
    String databaseGone() {
        throw new DataAccessResourceFailureException("jOOQ; SQL [insert into registration …]",
                new SQLNonTransientConnectionException("(conn=42) socket closed", "08000"));
    }
}
