package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bars kept up to date backfill the gap a reconnect leaves, through both surfaces: on a gateway
 * whose clock runs ten minutes of market time per second, a client that takes half a second to
 * reconnect misses about five one-minute bars; after the Resumed mark they arrive as current bars,
 * before the live updates, none twice, and no minute is missing.
 */
class HistoricalResumeIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final HistoricalDuration HALF_AN_HOUR = HistoricalDuration.seconds(1800);

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(600));

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void theBarsMissedWhileDisconnectedArriveBeforeTheLiveUpdatesNoneTwice(boolean async) {
        ClientOptions options = TestOptions.against(gateway.get(), 1)
                .reconnect(ReconnectPolicy.fibonacci().withBackoff(Duration.ofMillis(500), Duration.ofMillis(500)))
                .build();
        try (TwsClient client = TwsClient.connect(options);
             Items<BarUpdate> updates = async
                     ? Items.of(client.async().historicalData(AAPL, BarSize.MINUTES_1).duration(HALF_AN_HOUR).keepUpToDate())
                     : Items.of(client.historicalData(AAPL, BarSize.MINUTES_1).duration(HALF_AN_HOUR).keepUpToDate())) {
            List<Bar> delivered = new ArrayList<>(updates.next(BarUpdate.Initial.class).bars().bars());
            delivered.add(updates.next(BarUpdate.Current.class).bar());
            gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            StreamItem<BarUpdate> item = updates.next();
            while (!(item instanceof StreamItem.Interrupted<BarUpdate>)) {
                if (item instanceof StreamItem.Data<BarUpdate>(BarUpdate.Current(Bar bar))) {
                    delivered.add(bar);
                }
                item = updates.next();
            }
            Gaps.resumed(updates, false, false);
            gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow();
            Bar lastBeforeTheGap = delivered.getLast();
            List<Bar> after = new ArrayList<>();
            Instant lastBeforeStart = start(lastBeforeTheGap);
            Instant farEnough = lastBeforeStart.plus(MINUTE.multipliedBy(8));
            while (after.isEmpty() || start(after.getLast()).isBefore(farEnough)) {
                StreamItem<BarUpdate> next = updates.next();
                assertThat(next).as("no second Initial, no other mark").isInstanceOfAny(StreamItem.Data.class, StreamItem.Notice.class);
                if (next instanceof StreamItem.Data<BarUpdate>(var update)) {
                    assertThat(update).isInstanceOf(BarUpdate.Current.class);
                    after.add(((BarUpdate.Current) update).bar());
                }
            }

            assertThat(start(after.getFirst())).as("the backfill starts at the last bar delivered").isBeforeOrEqualTo(
                    lastBeforeStart.plus(MINUTE));
            assertThat(after.getFirst()).as("the last bar again only if it changed").isNotEqualTo(lastBeforeTheGap);
            Bar previous = lastBeforeTheGap;
            TreeSet<Instant> minutes = new TreeSet<>();
            for (Bar bar : after) {
                assertThat(bar.time()).as("in order").isGreaterThanOrEqualTo(previous.time());
                assertThat(bar).as("never the same bar twice").isNotEqualTo(previous);
                minutes.add(start(bar));
                previous = bar;
            }
            for (Instant minute = start(after.getFirst()); minute.isBefore(minutes.last()); minute = minute.plus(MINUTE)) {
                assertThat(minutes).as("no minute of the gap missing").contains(minute);
            }
        }
    }

    private static Instant start(Bar bar) {
        return bar.time().startIn(ZoneOffset.UTC);
    }
}
