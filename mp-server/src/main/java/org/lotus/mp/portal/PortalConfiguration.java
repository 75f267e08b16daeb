package org.lotus.mp.portal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The threads that store pushes under a time budget, and the scheduler that replays the spool. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService pushStoring() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), runnable -> {
            Thread thread = new Thread(runnable, "push-store-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
