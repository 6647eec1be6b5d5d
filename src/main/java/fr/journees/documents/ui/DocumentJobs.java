package fr.journees.documents.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/** Makes documents off the request threads, two at a time (PDF rendering takes a core each). */
@Component
class DocumentJobs {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
            .name("documents-", 1).factory());

    <T> Future<T> submit(Supplier<T> job) {
        return executor.submit(job::get);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
