package fr.journees.base.database;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    /**
     * Stale saves of versioned records fail instead of overwriting; multiset stays one statement
     * (MariaDB's default group_concat_max_len of 1 MB is ample for our nested lists, and the driver
     * does not allow the multi-statement session variable jOOQ would otherwise set).
     */
    @Bean
    DefaultConfigurationCustomizer journeesJooqSettings() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withRenderGroupConcatMaxLenSessionVariable(false);
    }

    /** Every statement passes by {@link Writes}, so that caches know when this node wrote. */
    @Bean
    ExecuteListenerProvider writesCounter(Writes writes) {
        return new DefaultExecuteListenerProvider(writes);
    }
}
