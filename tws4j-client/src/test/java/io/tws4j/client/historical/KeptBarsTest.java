package io.tws4j.client.historical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.TwsException;
import io.tws4j.client.core.StreamSink;
import io.tws4j.connection.Notice;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataEnd;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What bars kept up to date deliver when their request is sent again: the gap, none twice. */
class KeptBarsTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Instant NINE_THIRTY = Instant.parse("2025-01-06T14:30:00Z");

    private final List<BarUpdate> delivered = new ArrayList<>();
    private final StreamSink<BarUpdate> sink = new StreamSink<>() {
        @Override
        public void next(BarUpdate item) {
            delivered.add(item);
        }

        @Override
        public void complete() {
            throw new AssertionError("bars kept up to date never complete");
        }

        @Override
        public void fail(TwsException error) {
            throw new AssertionError(error);
        }

        @Override
        public void notice(Notice notice) {
            throw new AssertionError(notice);
        }
    };

    @Test
    void theAnswerToTheRequestSentAgainBackfillsFromTheLastBarDeliveredNoneTwice() {
        KeptBars kept = new KeptBars(ZONE);
        answer(kept, bar(0, 10), bar(1, 11), bar(2, 12));
        kept.update(HistoricalCodec.historicalDataUpdate(1, HistoricalCodec.bar(bar(2, 13), ZONE, HistoricalCodec.FORMAT_EPOCH_SECONDS)),
                sink);

        kept.resending();
        answer(kept, bar(0, 10), bar(1, 11), bar(2, 13), bar(3, 14), bar(4, 15));
        kept.update(HistoricalCodec.historicalDataUpdate(2, HistoricalCodec.bar(bar(4, 16), ZONE, HistoricalCodec.FORMAT_EPOCH_SECONDS)),
                sink);

        assertThat(delivered.getFirst()).isInstanceOfSatisfying(BarUpdate.Initial.class,
                initial -> assertThat(initial.bars().bars()).extracting(Bar::close).containsExactly(10.0, 11.0, 12.0));
        assertThat(delivered.subList(1, delivered.size())).extracting(update -> ((BarUpdate.Current) update).bar().close())
                .as("the revised last bar, the gap's bars, then the live update; the unchanged last bar not again")
                .containsExactly(13.0, 14.0, 15.0, 16.0);
    }

    @Test
    void aLastBarThatChangedDuringTheGapComesAgain() {
        KeptBars kept = new KeptBars(ZONE);
        answer(kept, bar(0, 10), bar(1, 11));

        kept.resending();
        answer(kept, bar(0, 10), bar(1, 12), bar(2, 13));

        assertThat(delivered.subList(1, delivered.size())).extracting(update -> ((BarUpdate.Current) update).bar().close())
                .containsExactly(12.0, 13.0);
    }

    @Test
    void aPartialFirstAnswerIsDroppedAndTheNewAnswerIsTheInitialOne() {
        KeptBars kept = new KeptBars(ZONE);
        kept.bars(HistoricalCodec.historicalData(1, List.of(wire(bar(0, 10)))));

        kept.resending();
        answer(kept, bar(0, 10), bar(1, 11));

        assertThat(delivered).singleElement().isInstanceOfSatisfying(BarUpdate.Initial.class,
                initial -> assertThat(initial.bars().bars()).extracting(Bar::close).containsExactly(10.0, 11.0));
    }

    private void answer(KeptBars kept, Bar... bars) {
        HistoricalData data = HistoricalCodec.historicalData(1, List.of(bars).stream().map(KeptBarsTest::wire).toList());
        kept.bars(data);
        HistoricalDataEnd end = HistoricalCodec.historicalDataEnd(1, NINE_THIRTY.atZone(ZONE), NINE_THIRTY.plusSeconds(3600).atZone(ZONE));
        kept.end(end, sink);
    }

    private static io.tws4j.protocol.proto.HistoricalProto.HistoricalDataBar wire(Bar bar) {
        return HistoricalCodec.bar(bar, ZONE, HistoricalCodec.FORMAT_EPOCH_SECONDS);
    }

    private static Bar bar(int minute, double close) {
        return new Bar(BarTime.of(NINE_THIRTY.plusSeconds(60L * minute)), 10, 20, 5, close, BigDecimal.TEN, close, 3);
    }
}
