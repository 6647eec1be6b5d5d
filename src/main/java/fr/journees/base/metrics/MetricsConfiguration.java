package fr.journees.base.metrics;

import java.io.File;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.DiskSpaceMetrics;

/** What Boot does not measure by itself: the free space where the application works (its data folder when packaged). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    MeterBinder workingFolderDiskSpace() {
        return new DiskSpaceMetrics(new File(System.getProperty("user.dir")));
    }
}
