package io.tws4j.simulator.historical;

import io.tws4j.historical.Bar;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayClock;
import io.tws4j.simulator.core.GatewayScheduler;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * A bar request kept up to date: after the answer, the bar being built is sent again
 * (HISTORICAL_DATA_UPDATE) whenever the market has changed it, and a new bar once one begins,
 * the finished bar's last revision first. Polls every five seconds of gateway time (TWS's
 * updates come about that often), but at least once a wall-clock second.
 */
final class LiveBars {
    private static final Duration GATEWAY_PERIOD = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(20);

    private final ClientSession session;
    private final int requestId;
    private final BarSeries series;
    private final GatewayClock clock;
    private final ZoneId zone;
    private final int formatDate;
    private Bar current;
    private GatewayScheduler.Task task;
    private boolean stopped;

    /**
     * @param current the last bar of the answer, which updates revise first
     */
    LiveBars(ClientSession session, int requestId, BarSeries series, GatewayClock clock, ZoneId zone, int formatDate, Bar current) {
        this.session = session;
        this.requestId = requestId;
        this.series = series;
        this.clock = clock;
        this.zone = zone;
        this.formatDate = formatDate;
        this.current = current;
    }

    /** Starts polling, unless the request was cancelled already. */
    synchronized void start(GatewayScheduler scheduler) {
        if (stopped) {
            return;
        }
        Duration wait = clock.baseDuration(GATEWAY_PERIOD);
        wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait;
        task = scheduler.repeat("tws4j-hmds-live-" + requestId, wait, this::poll);
    }

    /** Stops the updates; idempotent. */
    synchronized void stop() {
        stopped = true;
        if (task != null) {
            task.cancel();
        }
    }

    private void poll() {
        Bar last;
        synchronized (this) {
            if (stopped || session.isClosed()) {
                return;
            }
            last = current;
        }
        List<Bar> bars = series.between(series.startOf(last.time()), clock.instant());
        for (Bar bar : bars) {
            int order = bar.time().compareTo(last.time());
            if (order > 0 || order == 0 && !bar.equals(last)) {
                send(bar);
                last = bar;
            }
        }
        synchronized (this) {
            current = last;
        }
    }

    private void send(Bar bar) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            session.send(InMessage.HISTORICAL_DATA_UPDATE,
                    HistoricalCodec.historicalDataUpdate(requestId, HistoricalCodec.bar(bar, zone, formatDate)));
        }
    }
}
