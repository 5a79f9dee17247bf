package io.tws4j.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tick types: ids, delayed variants and the sizes that go with prices. */
class TickTypeTest {

    @Test
    void everyDelayedTypeStandsForALiveOneAndBack() {
        long delayed = Arrays.stream(TickType.values()).filter(TickType::isDelayed).count();

        assertThat(delayed).isEqualTo(19);
        for (TickType type : TickType.values()) {
            assertThat(type.isDelayed()).as(type.name()).isEqualTo(type.name().startsWith("DELAYED_"));
            if (type.isDelayed()) {
                assertThat(type.live().isDelayed()).isFalse();
                assertThat(type.live().delayed()).isEqualTo(type);
            }
        }
        assertThat(TickType.DELAYED_YIELD_BID.live()).isEqualTo(TickType.BID_YIELD);
        assertThat(TickType.DELAYED_MODEL_OPTION_COMPUTATION.live()).isEqualTo(TickType.MODEL_OPTION);
        assertThat(TickType.MARK_PRICE.delayed()).isEqualTo(TickType.MARK_PRICE);
    }

    @Test
    void pricesNameTheirSizes() {
        assertThat(TickType.BID.sizeType()).isEqualTo(TickType.BID_SIZE);
        assertThat(TickType.DELAYED_LAST.sizeType()).isEqualTo(TickType.DELAYED_LAST_SIZE);
        assertThat(TickType.ODD_LOT_ASK.sizeType()).isEqualTo(TickType.ODD_LOT_ASK_SIZE);
        assertThat(TickType.CLOSE.sizeType()).isEqualTo(TickType.NOT_SET);
        assertThat(TickType.of(500)).isEqualTo(TickType.NOT_SET);
    }
}
