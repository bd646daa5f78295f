package com.activationdesk.screening;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches the configured lists on a schedule ({@code activationdesk.screening.fetch.interval}, default daily);
 * only with {@code activationdesk.screening.fetch.enabled=true}: off by default, the app works without internet.
 * Each run happens on one instance (ShedLock).
 */
@Component
@ConditionalOnBooleanProperty("activationdesk.screening.fetch.enabled")
class ListFetchJob {

    private final ListFetcher fetcher;

    ListFetchJob(ListFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Scheduled(fixedDelayString = "${activationdesk.screening.fetch.interval:PT24H}",
            initialDelayString = "${activationdesk.screening.fetch.initial-delay:PT10M}")
    @SchedulerLock(name = "screening-list-fetch", lockAtMostFor = "PT3H")
    void fetchConfiguredLists() {
        fetcher.fetchAll();
    }
}
