package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.HexFormat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What tws4j sends for an order is what IB's own client sends: the PLACE_ORDER the gateway
 * receives decodes to the very values of PROTOCOL.md Appendix B, frame 4 (order 42, AAPL STK SMART
 * USD, BUY 100 LMT 150.25 DAY, transmit, exemption code -1, IB's explicit zeros and empty
 * messages), through both surfaces.
 */
class PlaceOrderFrameIT {
    private static final String IB_PLACE_ORDER = "082a 1219 080012044141504c1a0353544b4205534d4152545203555344 1a66 "
            + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
            + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
            + "d9050000000000000000900600ca0600 2200";

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(1));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theOrderArrivesAsIbsClientWouldHaveSentIt(TradingSurface surface) throws Exception {
        Order order = Order.builder().action(Action.BUY).totalQuantity(100).orderType(OrderType.LIMIT).limitPrice(150.25)
                .timeInForce(TimeInForce.DAY).build();
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            surface.of(client).submitOrder(42, Markets.aapl(), order);

            PlaceOrderRequest received = gateway.get().takeRequest(OutMessage.PLACE_ORDER, TestOptions.WAIT).orElseThrow()
                    .body(PlaceOrderRequest.class);
            PlaceOrderRequest ib = PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", "")));
            assertThat(received).isEqualTo(ib);
            assertThat(HexFormat.of().formatHex(received.toByteArray())).isEqualTo(IB_PLACE_ORDER.replace(" ", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theFluentBuilderSendsTheSameOrder(TradingSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            surface.of(client).submit(Markets.aapl(), o -> o.buy(100).limit(150.25).day());

            PlaceOrderRequest received = gateway.get().takeRequest(OutMessage.PLACE_ORDER, TestOptions.WAIT).orElseThrow()
                    .body(PlaceOrderRequest.class);
            PlaceOrderRequest ib = PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", "")));
            assertThat(received.getOrder()).isEqualTo(ib.getOrder());
            assertThat(received.getContract()).isEqualTo(ib.getContract());
        }
    }
}
