package io.tws4j.client.historical;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.connection.TwsTimeZones;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.historical.codec.HistoricalTicksCodec;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestamp;
import io.tws4j.protocol.proto.HistoricalProto.HistogramData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataEnd;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataUpdate;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksLast;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The historical requests: what each sends, what its replies become, and what is checked first. */
final class HistoricalRequests {

    private HistoricalRequests() {}

    /** One-shot bars: the bars of HISTORICAL_DATA, complete with HISTORICAL_DATA_END, cut to the window asked for. */
    static CallSpec<HistoricalBars> bars(Core core, BarsPlan plan) {
        ZoneId zone = gatewayZone(core);
        return CallSpec.<HistoricalBars>byRequestId("historical bars of " + plan.request().contract().describe(),
                        OutMessage.REQ_HISTORICAL_DATA, id -> HistoricalCodec.barsRequest(id, plan.request()))
                .cancel(OutMessage.CANCEL_HISTORICAL_DATA, HistoricalCodec::cancelBars)
                .collect(() -> new BarsCollector(zone, plan.window()));
    }

    /**
     * Bars kept up to date: the initial bars as one item once their end marker arrives, then every
     * revision of the current bar. Sent again after a reconnect, its answer backfills the gap
     * ({@link KeptBars}).
     */
    static StreamSpec<BarUpdate> liveBars(Core core, BarsPlan plan) {
        KeptBars kept = new KeptBars(gatewayZone(core));
        return StreamSpec.<BarUpdate>byRequestId("historical bars kept up to date of " + plan.request().contract().describe(),
                        OutMessage.REQ_HISTORICAL_DATA, id -> HistoricalCodec.barsRequest(id, plan.request()))
                .cancel(OutMessage.CANCEL_HISTORICAL_DATA, HistoricalCodec::cancelBars)
                .on(InMessage.HISTORICAL_DATA, HistoricalData.class, (message, sink) -> kept.bars(message))
                .on(InMessage.HISTORICAL_DATA_END, HistoricalDataEnd.class, kept::end)
                .on(InMessage.HISTORICAL_DATA_UPDATE, HistoricalDataUpdate.class, kept::update)
                .onResend(kept::resending)
                .build();
    }

    /** One page of trades. */
    static CallSpec<List<HistoricalTrade>> trades(Core core, TicksRequest request) {
        return ticks(core, request, InMessage.HISTORICAL_TICKS_LAST, HistoricalTicksLast.class, HistoricalTicksCodec::trades,
                HistoricalTicksLast::getIsDone);
    }

    /** One page of midpoints. */
    static CallSpec<List<HistoricalMidpoint>> midpoints(Core core, TicksRequest request) {
        return ticks(core, request, InMessage.HISTORICAL_TICKS, HistoricalTicks.class, HistoricalTicksCodec::midpoints,
                HistoricalTicks::getIsDone);
    }

    /** One page of bids and offers. */
    static CallSpec<List<HistoricalBidAsk>> bidAsks(Core core, TicksRequest request) {
        return ticks(core, request, InMessage.HISTORICAL_TICKS_BID_ASK, HistoricalTicksBidAsk.class, HistoricalTicksCodec::bidAsks,
                HistoricalTicksBidAsk::getIsDone);
    }

    static CallSpec<Instant> headTimestamp(Core core, Contract contract, WhatToShow whatToShow, MarketHours hours) {
        requireIdentified(contract);
        ZoneId zone = core.info().connectionTime().zone().orElse(ZoneOffset.UTC);
        return CallSpec.<Instant>byRequestId("head timestamp of " + contract.describe(), OutMessage.REQ_HEAD_TIMESTAMP,
                        id -> HistoricalCodec.headTimestampRequest(id, contract, whatToShow, hours))
                .cancel(OutMessage.CANCEL_HEAD_TIMESTAMP, HistoricalCodec::cancelHeadTimestamp)
                .single(InMessage.HEAD_TIMESTAMP, HeadTimestamp.class, message -> HistoricalCodec.headTimestamp(message, zone));
    }

    static CallSpec<List<HistogramEntry>> histogram(Contract contract, MarketHours hours, HistogramPeriod period) {
        requireIdentified(contract);
        return CallSpec.<List<HistogramEntry>>byRequestId("histogram of " + contract.describe(), OutMessage.REQ_HISTOGRAM_DATA,
                        id -> HistoricalCodec.histogramRequest(id, contract, hours, period))
                .cancel(OutMessage.CANCEL_HISTOGRAM_DATA, HistoricalCodec::cancelHistogram)
                .single(InMessage.HISTOGRAM_DATA, HistogramData.class, HistoricalCodec::histogram);
    }

    static CallSpec<HistoricalSchedule> schedule(Contract contract, HistoricalDuration duration, Optional<Instant> end,
                                                 MarketHours hours) {
        requireIdentified(contract);
        HistoricalDuration checked = checked(duration);
        return CallSpec.<HistoricalSchedule>byRequestId("trading schedule of " + contract.describe(), OutMessage.REQ_HISTORICAL_DATA,
                        id -> HistoricalCodec.scheduleRequest(id, contract, checked, end, hours))
                .cancel(OutMessage.CANCEL_HISTORICAL_DATA, HistoricalCodec::cancelBars)
                .single(InMessage.HISTORICAL_SCHEDULE, HistoricalProto.HistoricalSchedule.class, HistoricalCodec::schedule);
    }

    /**
     * Checks a duration against the limits TWS enforces on every request (its error 321).
     *
     * @throws InvalidRequestException if TWS would refuse it
     */
    static HistoricalDuration checked(HistoricalDuration duration) {
        if (duration.unit() == HistoricalDuration.Unit.SECONDS && duration.amount() > 86_400) {
            throw new InvalidRequestException("TWS takes at most 86400 seconds (" + duration + "): ask for days instead");
        }
        if (duration.unit() == HistoricalDuration.Unit.DAYS && duration.amount() > 365) {
            throw new InvalidRequestException("TWS takes at most 365 days (" + duration + "): ask for years instead");
        }
        return duration;
    }

    /** Checks that a contract identifies something TWS can look up. */
    static void requireIdentified(Contract contract) {
        if (contract.conId() == 0 && contract.symbol().isEmpty() && contract.secId().isEmpty() && contract.localSymbol().isEmpty()) {
            throw new InvalidRequestException("the contract identifies nothing: give it a conId, a symbol, a local symbol "
                    + "or a security id (" + contract + ")");
        }
    }

    /**
     * Returns the gateway's zone, which bar dates without a zone are in.
     *
     * @throws InvalidRequestException if its name maps to no zone; nothing is sent
     */
    static ZoneId gatewayZone(Core core) {
        String name = core.info().connectionTime().zoneName();
        return core.info().connectionTime().zone().orElseThrow(() -> new InvalidRequestException("historical bars are dated in"
                + " the gateway's time zone, and tws4j cannot map its name '" + name + "' to one: add an alias with -D"
                + TwsTimeZones.ALIASES_PROPERTY + "='" + name + "=Region/City'"));
    }

    /** A page of ticks: the ticks of every message until one is marked done. Cancellable at TWS from server version 215. */
    private static <M, T> CallSpec<List<T>> ticks(Core core, TicksRequest request, InMessage type, Class<M> messageClass,
                                                  Function<M, List<T>> decode, Predicate<M> done) {
        boolean cancellable = ServerVersion.CANCEL_CONTRACT_DATA.isSupportedAt(core.info().serverVersion());
        return CallSpec.<List<T>>byRequestId("historical ticks of " + request.contract().describe(), OutMessage.REQ_HISTORICAL_TICKS,
                        id -> HistoricalTicksCodec.ticksRequest(id, request))
                .cancel(OutMessage.CANCEL_HISTORICAL_TICKS, id -> cancellable ? HistoricalTicksCodec.cancelTicks(id) : null)
                .collect(() -> new Collector<>() {
                    private final List<T> ticks = new ArrayList<>();

                    @Override
                    public boolean accept(InMessage replyType, Object message) {
                        if (replyType != type) {
                            return false;
                        }
                        M typed = messageClass.cast(message);
                        ticks.addAll(decode.apply(typed));
                        return done.test(typed);
                    }

                    @Override
                    public List<T> result() {
                        return List.copyOf(ticks);
                    }
                });
    }

    /** Collects one-shot bars until the end marker. */
    private static final class BarsCollector implements Collector<HistoricalBars> {
        private final ZoneId zone;
        private final Optional<BarsWindow> window;
        private final List<Bar> bars = new ArrayList<>();
        private HistoricalBars result;

        BarsCollector(ZoneId zone, Optional<BarsWindow> window) {
            this.zone = zone;
            this.window = window;
        }

        @Override
        public boolean accept(InMessage type, Object message) {
            if (type == InMessage.HISTORICAL_DATA) {
                bars.addAll(HistoricalCodec.bars((HistoricalData) message, zone));
                return false;
            }
            if (type != InMessage.HISTORICAL_DATA_END) {
                return false;
            }
            HistoricalBars all = HistoricalCodec.historicalBars(List.copyOf(bars), (HistoricalDataEnd) message, zone);
            result = window.map(asked -> asked.trim(all, zone)).orElse(all);
            return true;
        }

        @Override
        public HistoricalBars result() {
            return result;
        }
    }
}
