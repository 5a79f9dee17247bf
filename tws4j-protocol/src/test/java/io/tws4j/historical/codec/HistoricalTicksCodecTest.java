package io.tws4j.historical.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.RandomHistory;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksLast;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three kinds of historical tick survive the wire, with their attributes. */
class HistoricalTicksCodecTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void tradesRoundTrip(long seed) throws InvalidProtocolBufferException {
        List<HistoricalTrade> ticks = some(new RandomHistory(new SplittableRandom(seed))::trade);

        byte[] bytes = HistoricalTicksCodec.trades(3, ticks, true).toByteArray();

        HistoricalTicksLast wire = HistoricalTicksLast.parseFrom(bytes);
        assertThat(wire.getIsDone()).isTrue();
        assertThat(HistoricalTicksCodec.trades(wire)).isEqualTo(ticks);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void midpointsRoundTrip(long seed) throws InvalidProtocolBufferException {
        List<HistoricalMidpoint> ticks = some(new RandomHistory(new SplittableRandom(seed))::midpoint);

        byte[] bytes = HistoricalTicksCodec.midpoints(3, ticks, false).toByteArray();

        assertThat(HistoricalTicksCodec.midpoints(HistoricalTicks.parseFrom(bytes))).isEqualTo(ticks);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void bidAsksRoundTrip(long seed) throws InvalidProtocolBufferException {
        List<HistoricalBidAsk> ticks = some(new RandomHistory(new SplittableRandom(seed))::bidAsk);

        byte[] bytes = HistoricalTicksCodec.bidAsks(3, ticks, true).toByteArray();

        assertThat(HistoricalTicksCodec.bidAsks(HistoricalTicksBidAsk.parseFrom(bytes))).isEqualTo(ticks);
    }

    @Test
    void aRequestCarriesOnlyTheAnchorItHas() {
        TicksRequest forward = new TicksRequest(Contract.stock("AAPL").build(), Optional.of(Instant.parse("2023-04-11T13:30:00Z")),
                Optional.empty(), 1000, WhatToShow.BID_ASK, MarketHours.REGULAR, true);

        HistoricalTicksRequest wire = HistoricalTicksCodec.ticksRequest(11, forward);

        assertThat(wire.getStartDateTime()).isEqualTo("20230411 13:30:00 UTC");
        assertThat(wire.hasEndDateTime()).isFalse();
        assertThat(wire.getNumberOfTicks()).isEqualTo(1000);
        assertThat(wire.getUseRth()).isTrue();
        assertThat(wire.getIgnoreSize()).isTrue();
        assertThat(wire.getWhatToShow()).isEqualTo("BID_ASK");
        assertThat(HistoricalTicksCodec.cancelTicks(11).getReqId()).isEqualTo(11);
    }

    private static <T> List<T> some(Supplier<T> tick) {
        return Stream.generate(tick).limit(60).toList();
    }
}
