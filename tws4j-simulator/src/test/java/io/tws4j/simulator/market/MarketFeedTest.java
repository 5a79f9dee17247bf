package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.simulator.core.GatewayClock;
import io.tws4j.simulator.core.GatewayScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A live feed delivers exactly what the model says happened, as the (accelerated) gateway clock passes it. */
class MarketFeedTest {
    private final GatewayScheduler scheduler = new GatewayScheduler();

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void liveEventsEqualThePastIntervalRecomputed() {
        GatewayClock clock = new GatewayClock(InstantSource.system(), 60, TestMarkets.MONDAY_MORNING);
        MarketModel model = TestMarkets.model(77, clock, scheduler);
        InstrumentMarket stock = model.market(TestMarkets.STOCK).orElseThrow();
        List<MarketEvent> received = new CopyOnWriteArrayList<>();

        MarketFeed feed = stock.subscribe(received::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().filter(Trade.class::isInstance).count() >= 20);
        feed.close();
        await().during(Duration.ofMillis(250)).atMost(Duration.ofSeconds(5))
                .until(() -> received.size() == stock.events(feed.start(), feed.coveredUntil()).size());

        assertThat(received).isEqualTo(stock.events(feed.start(), feed.coveredUntil()));
        assertThat(received).isSortedAccordingTo(Comparator.comparing(MarketEvent::time));
        assertThat(feed.start()).isAfterOrEqualTo(TestMarkets.MONDAY_MORNING);
    }

    @Test
    void aDelayedFeedDeliversThePastAsItWasAndClosingIsCounted() {
        GatewayClock clock = new GatewayClock(InstantSource.system(), 60, TestMarkets.MONDAY_MORNING.plus(Duration.ofMinutes(30)));
        MarketModel model = TestMarkets.model(78, clock, scheduler);
        InstrumentMarket stock = model.market(TestMarkets.STOCK).orElseThrow();
        List<MarketEvent> received = new CopyOnWriteArrayList<>();

        MarketFeed feed = stock.subscribeDelayed(received::add, Duration.ofMinutes(15));
        assertThat(model.openFeeds()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 20);
        feed.close();
        feed.close();

        assertThat(model.openFeeds()).isZero();
        assertThat(feed.start()).isBefore(clock.instant().minus(Duration.ofMinutes(14)));
        await().during(Duration.ofMillis(250)).atMost(Duration.ofSeconds(5))
                .until(() -> received.size() == stock.events(feed.start(), feed.coveredUntil()).size());
        assertThat(received).isEqualTo(stock.events(feed.start(), feed.coveredUntil()));
        assertThat(feed.coveredUntil()).isBefore(clock.instant().minus(Duration.ofMinutes(14)));
    }

    @Test
    void gatewayClockStartsWhereToldAndRunsAtItsSpeed() {
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        MutableClock wall = new MutableClock(base);
        GatewayClock clock = new GatewayClock(wall, 120, TestMarkets.MONDAY_MORNING);

        assertThat(clock.instant()).isEqualTo(TestMarkets.MONDAY_MORNING);
        wall.now = base.plusSeconds(30);
        assertThat(clock.instant()).isEqualTo(TestMarkets.MONDAY_MORNING.plus(Duration.ofHours(1)));
        assertThat(clock.baseDuration(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(new GatewayClock(wall, 1, null).instant()).isEqualTo(wall.now);
    }

    /** A clock a test moves by hand. */
    private static final class MutableClock implements InstantSource {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
