package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.ConnectionTime;
import io.tws4j.protocol.proto.ConnectionProto.StartApiRequest;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.OrdersProto.Order;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The frames IB's own Java client put on the wire (PROTOCOL.md Appendix B) decode to the listed values. */
class CapturedFramesTest {
    private static final String AAPL_CONTRACT = "080012044141504c1a0353544b4205534d4152545203555344";

    @Test
    void clientHelloAdvertisesVersions100To223() throws IOException {
        Hello hello = Handshake.readHello(reader("41504900 00000009 763130302e2e323233"));

        assertThat(hello.versions()).isEqualTo(new VersionRange(100, 223));
        assertThat(hello.options()).isEmpty();
    }

    @Test
    void serverAckCarriesVersion213AndNewYorkTime() throws IOException {
        HandshakeAck ack = Handshake.readAck(reader("00000027 323133 00 "
                + "32303235303130322030393a33303a303020416d65726963612f4e65775f596f726b 00"));

        assertThat(ack.serverVersion()).isEqualTo(213);
        ConnectionTime time = ConnectionTime.parse(ack.connectionTime());
        assertThat(time.localTime()).isEqualTo(LocalDateTime.of(2025, 1, 2, 9, 30));
        assertThat(time.zone()).contains(ZoneId.of("America/New_York"));
    }

    @Test
    void startApiCarriesClientId7() throws IOException {
        FrameReader reader = reader("00000006 0000010f 0807");

        assertThat(reader.next()).isEqualTo(OutMessage.START_API.wireId()).isEqualTo(271);
        StartApiRequest request = reader.parseBody(StartApiRequest.parser());
        assertThat(request.getClientId()).isEqualTo(7);
        assertThat(request.hasOptionalCapabilities()).isFalse();
    }

    @Test
    void marketDataRequestForAapl() throws IOException {
        FrameReader reader = reader("00000022 000000c9 08e907 1219 0800 12044141504c 1a0353544b 4205534d415254 5203555344");

        assertThat(OutMessage.fromWireId(reader.next())).isEqualTo(OutMessage.REQ_MKT_DATA);
        MarketDataRequest request = reader.parseBody(MarketDataRequest.parser());
        assertThat(request.getReqId()).isEqualTo(1001);
        assertAapl(request.getContract());
        assertThat(request.hasSnapshot()).isFalse();
    }

    @Test
    void placeOrderBuys100AaplLimit15025() throws IOException {
        FrameReader reader = reader("0000008b 000000cb 082a 1219 " + AAPL_CONTRACT + " 1a66 "
                + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
                + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
                + "d9050000000000000000900600ca0600 2200");

        assertThat(OutMessage.fromWireId(reader.next())).isEqualTo(OutMessage.PLACE_ORDER);
        PlaceOrderRequest request = reader.parseBody(PlaceOrderRequest.parser());
        assertThat(request.getOrderId()).isEqualTo(42);
        assertAapl(request.getContract());
        Order order = request.getOrder();
        assertThat(order.getAction()).isEqualTo("BUY");
        assertThat(order.getTotalQuantity()).isEqualTo("100");
        assertThat(order.getOrderType()).isEqualTo("LMT");
        assertThat(order.getLmtPrice()).isEqualTo(150.25);
        assertThat(order.getTif()).isEqualTo("DAY");
        assertThat(order.getTransmit()).isTrue();
        assertThat(order.getExemptCode()).isEqualTo(-1);
        assertThat(order.hasClientId()).isTrue();
        assertThat(order.getClientId()).isZero();
        assertThat(order.hasOrderId()).isFalse();
        assertThat(order.hasAuxPrice()).isFalse();
        assertThat(order.hasSoftDollarTier()).isTrue();
        assertThat(order.getSoftDollarTier().getName()).isEmpty();
        assertThat(request.hasAttachedOrders()).isTrue();
        assertThat(request.getAttachedOrders().hasSlOrderId()).isFalse();
    }

    @Test
    void historicalDataRequestForOneDayOfHourlyBars() throws IOException {
        FrameReader reader = reader("0000003b 000000dc 08d10f 1219 " + AAPL_CONTRACT
                + " 2206 3120686f7572 2a03 312044 3001 3a06 545241444553 4001");

        assertThat(OutMessage.fromWireId(reader.next())).isEqualTo(OutMessage.REQ_HISTORICAL_DATA);
        HistoricalDataRequest request = reader.parseBody(HistoricalDataRequest.parser());
        assertThat(request.getReqId()).isEqualTo(2001);
        assertAapl(request.getContract());
        assertThat(request.getBarSizeSetting()).isEqualTo("1 hour");
        assertThat(request.getDuration()).isEqualTo("1 D");
        assertThat(request.getUseRth()).isTrue();
        assertThat(request.getWhatToShow()).isEqualTo("TRADES");
        assertThat(request.getFormatDate()).isEqualTo(1);
        assertThat(request.hasEndDateTime()).isFalse();
        assertThat(request.hasKeepUpToDate()).isFalse();
    }

    @Test
    void framesReadBackToBackAsOneStream() throws IOException {
        FrameReader reader = reader("00000006 0000010f 0807" + "00000004 000000f9");

        assertThat(reader.next()).isEqualTo(271);
        assertThat(reader.next()).isEqualTo(OutMessage.REQ_CURRENT_TIME.wireId()).isEqualTo(249);
        assertThat(reader.bodyLength()).isZero();
        assertThat(reader.next()).isEqualTo(FrameReader.END_OF_STREAM);
    }

    private static void assertAapl(Contract contract) {
        assertThat(contract.hasConId()).isTrue();
        assertThat(contract.getConId()).isZero();
        assertThat(contract.getSymbol()).isEqualTo("AAPL");
        assertThat(contract.getSecType()).isEqualTo("STK");
        assertThat(contract.getExchange()).isEqualTo("SMART");
        assertThat(contract.getCurrency()).isEqualTo("USD");
        assertThat(contract.hasPrimaryExch()).isFalse();
    }

    static FrameReader reader(String hex) {
        return new FrameReader(new ByteArrayInputStream(HexFormat.of().parseHex(hex.replace(" ", ""))));
    }
}
