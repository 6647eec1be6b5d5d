package fr.journees.base.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir  where the embedded server keeps its data; it survives restarts
 * @param database name of the schema the application uses
 * @param port     0 picks a free port
 * @param ephemeral when true the data folder is emptied at start: each test run begins from nothing
 */
@ConfigurationProperties("journees.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, String database, Integer port, boolean ephemeral) {

    public EmbeddedMariaDbProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data/mariadb" : dataDir;
        database = database == null || database.isBlank() ? "journees" : database;
        port = port == null ? 0 : port;
    }
}
