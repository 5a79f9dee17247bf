package io.tws4j.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ticker's state: latest values by tick type, delayed types folded in, snapshots that do not change. */
class TickerStateTest {
    private static final TickAttributes NONE = TickAttributes.of(0);

    @Test
    void pricesCarryTheirSizesAndSizeTicksUpdateThemAlone() {
        TickerState state = new TickerState();
        state.apply(new MarketDataTypeTick(1, MarketDataType.REALTIME));
        state.apply(new PriceTick(1, TickType.BID, 231.24, BigDecimal.valueOf(300), NONE));
        state.apply(new PriceTick(1, TickType.ASK, 231.26, BigDecimal.valueOf(500), NONE));
        TickerSnapshot before = state.snapshot();
        state.apply(new SizeTick(1, TickType.BID_SIZE, BigDecimal.valueOf(900)));
        state.apply(new PriceTick(1, TickType.LAST, 231.25, BigDecimal.valueOf(100), NONE));
        state.apply(new SizeTick(1, TickType.VOLUME, BigDecimal.valueOf(12_345)));
        state.apply(new StringTick(1, TickType.LAST_TIMESTAMP, "1795707007"));

        TickerSnapshot after = state.snapshot();
        assertThat(before.bidSize()).contains(BigDecimal.valueOf(300));
        assertThat(before.updates()).isEqualTo(3);
        assertThat(after.updates()).isEqualTo(7);
        assertThat(after.bid()).hasValue(231.24);
        assertThat(after.bidSize()).contains(BigDecimal.valueOf(900));
        assertThat(after.askSize()).contains(BigDecimal.valueOf(500));
        assertThat(after.midpoint()).hasValue(231.25);
        assertThat(after.marketPrice()).hasValue(231.25);
        assertThat(after.volume()).contains(BigDecimal.valueOf(12_345));
        assertThat(after.lastTimestamp()).contains(Instant.ofEpochSecond(1_795_707_007L));
        assertThat(after.marketDataType()).contains(MarketDataType.REALTIME);
    }

    @Test
    void delayedTicksFillTheLiveFieldsAndNoQuoteClearsThem() {
        TickerState state = new TickerState();
        state.apply(new MarketDataTypeTick(2, MarketDataType.DELAYED));
        state.apply(new PriceTick(2, TickType.DELAYED_BID, 7_321.5, BigDecimal.valueOf(2), NONE));
        state.apply(new PriceTick(2, TickType.DELAYED_LAST, 7_322, BigDecimal.valueOf(100), NONE));
        state.apply(new PriceTick(2, TickType.DELAYED_CLOSE, 7_300, null, NONE));
        assertThat(state.snapshot().bid()).hasValue(7_321.5);
        assertThat(state.snapshot().close()).hasValue(7_300);

        state.apply(new PriceTick(2, TickType.DELAYED_BID, -1, BigDecimal.ZERO, NONE));

        TickerSnapshot closed = state.snapshot();
        assertThat(closed.bid()).isEmpty();
        assertThat(closed.bidSize()).isEmpty();
        assertThat(closed.last()).hasValue(7_322);
        assertThat(closed.marketPrice()).as("no quote: the last trade").hasValue(7_322);
    }

    @Test
    void optionGreeksGenericsAndTheSnapshotEnd() {
        TickerState state = new TickerState();
        state.apply(new OptionComputationTick(3, TickType.MODEL_OPTION, false, 0.28, 0.55, 7.1, 0, 0.03, 0.2, -0.09, 231));
        state.apply(new OptionComputationTick(3, TickType.DELAYED_BID_OPTION_COMPUTATION, true, 0.27, Double.NaN, 6.9,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 231));
        state.apply(new GenericTick(3, TickType.HALTED, 0));
        state.apply(new SnapshotEndTick(3));

        TickerSnapshot snapshot = state.snapshot();
        assertThat(snapshot.modelGreeks().orElseThrow().delta()).hasValue(0.55);
        assertThat(snapshot.bidGreeks().orElseThrow().delta()).isEmpty();
        assertThat(snapshot.bidGreeks().orElseThrow().impliedVolatility()).hasValue(0.27);
        assertThat(snapshot.generic(TickType.HALTED)).hasValue(0);
        assertThat(snapshot.snapshotEnded()).isTrue();
        assertThat(snapshot.lastGreeks()).isEmpty();
        assertThat(snapshot.toString()).contains("delta=0.55");
    }
}
