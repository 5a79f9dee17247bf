package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.FundamentalRatios;
import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generic tick 258 through both surfaces: asked for as TWS expects, answered with a stock's ratios as tick type 47. */
class FundamentalRatiosIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aStockOnIslandGetsItsFundamentalRatios(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Contract aapl = Contract.stock("AAPL").onExchange("ISLAND").build();
            List<Tick> ticks = new ArrayList<>();
            StringTick ratios = null;
            try (Subscription<Tick> stream = surface.ticks(client, aapl, false, GenericTickType.FUNDAMENTAL_RATIOS)) {
                for (Tick tick : stream.data()) {
                    ticks.add(tick);
                    if (tick instanceof StringTick text && text.type() == TickType.FUNDAMENTAL_RATIOS) {
                        ratios = text;
                        break;
                    }
                }
            }

            FundamentalRatios parsed = FundamentalRatios.parse(ratios.value());
            assertThat(parsed.value("CURRENCY")).hasValue("USD");
            assertThat(parsed.number("PEEXCLXOR").orElseThrow()).isPositive();
            double bid = ticks.stream().filter(t -> t instanceof PriceTick p && p.type() == TickType.BID)
                    .mapToDouble(t -> ((PriceTick) t).price()).findFirst().orElseThrow();
            assertThat(parsed.number("NPRICE").orElseThrow()).isBetween(bid - 1, bid + 1);
            MarketDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class);
            assertThat(sent.getGenericTickList()).isEqualTo("258");
            assertThat(sent.getContract().getExchange()).isEqualTo("ISLAND");
        }
    }
}
