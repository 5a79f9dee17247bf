package io.tws4j.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order vocabulary reads every code it writes, and keeps codes it does not know as UNKNOWN. */
class OrderVocabularyTest {

    @ParameterizedTest
    @EnumSource(OrderType.class)
    void everyOrderTypeReadsBackFromItsCode(OrderType type) {
        if (type != OrderType.UNKNOWN) {
            assertThat(OrderType.of(type.wireValue())).isEqualTo(type);
            assertThat(OrderType.of(type.wireValue().toLowerCase())).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @EnumSource(TimeInForce.class)
    void everyTimeInForceReadsBackFromItsCode(TimeInForce tif) {
        if (tif != TimeInForce.UNKNOWN) {
            assertThat(TimeInForce.of(tif.wireValue())).isEqualTo(tif);
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyStatusReadsBackFromItsText(OrderStatus status) {
        if (status != OrderStatus.UNKNOWN) {
            assertThat(OrderStatus.of(status.wireValue())).isEqualTo(status);
            assertThat(status.isTerminal()).isEqualTo(!status.isActive());
        }
    }

    @Test
    void unknownCodesAreUnknownNotErrors() {
        assertThat(OrderType.of("FANCY NEW")).isEqualTo(OrderType.UNKNOWN);
        assertThat(TimeInForce.of("XYZ")).isEqualTo(TimeInForce.UNKNOWN);
        assertThat(Action.of("BORROW")).isEqualTo(Action.UNKNOWN);
        assertThat(OrderStatus.of("Hibernating")).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(Action.of("")).isEqualTo(Action.UNSET);
    }

    @Test
    void onlyFilledAndCancelledOrdersAreTerminal() {
        assertThat(OrderStatus.FILLED.isTerminal()).isTrue();
        assertThat(OrderStatus.CANCELLED.isTerminal()).isTrue();
        assertThat(OrderStatus.API_CANCELLED.isTerminal()).isTrue();
        assertThat(OrderStatus.SUBMITTED.isActive()).isTrue();
        assertThat(OrderStatus.PRE_SUBMITTED.isActive()).isTrue();
        assertThat(OrderStatus.INACTIVE.isTerminal()).isFalse();
        assertThat(OrderStatus.FILLED.toString()).isEqualTo("Filled");
    }

    @Test
    void algosCarryTwsStrategyAndParameterNames() {
        Algo vwap = Algos.vwap().maxPercentOfVolume(0.2).startTime("09:45:00 US/Eastern").allowPastEndTime(true).build();
        Algo adaptive = Algos.adaptive(Algos.Priority.PATIENT);
        Algo ad = Algos.accumulateDistribute().componentSize(10).timeBetweenOrders(60).randomize(true, false).build();

        assertThat(vwap.strategy()).isEqualTo("Vwap");
        assertThat(vwap.params()).containsExactly(Map.entry("maxPctVol", "0.2"),
                Map.entry("startTime", "09:45:00 US/Eastern"), Map.entry("allowPastEndTime", "1"));
        assertThat(adaptive.params()).containsEntry("adaptivePriority", "Patient");
        assertThat(ad.strategy()).isEqualTo("AD");
        assertThat(ad.params()).containsEntry("randomizeTime20", "1").containsEntry("randomizeSize55", "0");
        assertThat(Algos.minimiseImpact(0.1).params()).containsEntry("maxPctVol", "0.1");
        assertThat(Algos.twap().twapStrategy(Algos.TwapStrategy.MATCHING_MIDPOINT).build().params())
                .containsEntry("strategyType", "Matching Midpoint");
    }

    @Test
    void describeNamesTheEssentials() {
        Order order = Order.builder().action(Action.SELL).totalQuantity(50).orderType(OrderType.LIMIT).limitPrice(150)
                .timeInForce(TimeInForce.GOOD_TILL_CANCEL).build();

        assertThat(order.describe()).isEqualTo("SELL 50 LMT 150.0 GTC");
    }

    @Test
    void conditionsJoinTheNextOneByTheirConjunction() {
        OrderCondition price = OrderCondition.priceAbove(265598, "SMART", 200).or();

        assertThat(price.conjunction()).isEqualTo(OrderCondition.Conjunction.OR);
        assertThat(price.and().conjunction()).isEqualTo(OrderCondition.Conjunction.AND);
    }
}
