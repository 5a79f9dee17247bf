package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.SecurityType;
import io.tws4j.protocol.proto.AccountsProto.AccountDataRequest;
import io.tws4j.protocol.proto.AccountsProto.AccountSummaryRequest;
import io.tws4j.protocol.proto.AccountsProto.PnlRequest;
import io.tws4j.protocol.proto.AccountsProto.PnlSingleRequest;
import io.tws4j.protocol.proto.AccountsProto.PositionsRequest;
import io.tws4j.protocol.proto.ContractsProto.CalculateImpliedVolatilityRequest;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthRequest;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarsRequest;
import io.tws4j.protocol.proto.MarketDataProto.TickByTickRequest;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.contracts.Instrument;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every number the gateway sends, of every kind of answer, is a short decimal as TWS writes it:
 * no more than eight decimals, and no float artefact such as {@code 237.97999999999996} or
 * {@code 239.35000000000002}. One client asks for everything that carries prices, sizes or money
 * (ticks of a stock, a currency pair and an option, depth, tick-by-tick, real-time and historical
 * bars and ticks, a histogram, fills, a what-if order, account updates, positions, summaries,
 * P&amp;L, option calculations); every double of every answer, and every number written as text,
 * is checked.
 */
class WireNumbersIT {
    private static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");
    private static final int MAX_DECIMALS = 8;
    /** Five zeros then a last digit, or five nines: what a double a hair off a short decimal prints as. */
    private static final Pattern ARTEFACT = Pattern.compile("\\.\\d*(0{5,}[1-9]|9{5,}\\d?)$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");
    /** PROTOCOL.md Appendix B, frame 4: IB's client's order, from which market and what-if orders are made. */
    private static final String IB_PLACE_ORDER = "082a 1219 080012044141504c1a0353544b4205534d4152545203555344 1a66 "
            + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
            + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
            + "d9050000000000000000900600ca0600 2200";
    private static final Set<InMessage> EXPECTED = EnumSet.of(InMessage.TICK_PRICE, InMessage.TICK_SIZE, InMessage.TICK_GENERIC,
            InMessage.TICK_STRING, InMessage.TICK_OPTION_COMPUTATION, InMessage.MARKET_DEPTH_L2, InMessage.TICK_BY_TICK,
            InMessage.REAL_TIME_BARS, InMessage.HISTORICAL_DATA, InMessage.HISTORICAL_TICKS, InMessage.HISTORICAL_TICKS_BID_ASK,
            InMessage.HISTORICAL_TICKS_LAST, InMessage.HISTOGRAM_DATA, InMessage.ORDER_STATUS, InMessage.OPEN_ORDER,
            InMessage.EXECUTION_DATA, InMessage.COMMISSION_AND_FEES_REPORT, InMessage.ACCT_VALUE, InMessage.PORTFOLIO_VALUE,
            InMessage.POSITION_DATA, InMessage.ACCOUNT_SUMMARY, InMessage.PNL, InMessage.PNL_SINGLE);

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().seed(5).startTime(MONDAY_10_00).speed(20).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void everyNumberOfEveryAnswerIsAShortDecimal() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 3)) {
            askForEverything(client);
            List<String> artefacts = new ArrayList<>();
            Set<InMessage> seen = EnumSet.noneOf(InMessage.class);
            int numbers = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!seen.containsAll(EXPECTED) || numbers < 1_000) {
                assertThat(System.nanoTime()).as("answers still missing: %s", missing(seen)).isLessThan(deadline);
                InMessage type = client.next();
                if (type.parser().isEmpty() || type == InMessage.ERR_MSG) {
                    client.reader.finish();
                    continue;
                }
                Message message = client.body(type.parser().get());
                seen.add(type);
                numbers += scan(type.name(), message, artefacts);
                if (type == InMessage.COMMISSION_AND_FEES_REPORT) {
                    askAboutThePosition(client);
                }
            }
            assertThat(artefacts).as("numbers with float artefacts or too many decimals, of %d", numbers).isEmpty();
        }
    }

    private boolean askedAboutThePosition;

    /** Once the order filled: the positions, the account, its summary and P&amp;L. */
    private void askAboutThePosition(RawClient client) throws IOException {
        if (askedAboutThePosition) {
            return;
        }
        askedAboutThePosition = true;
        client.send(OutMessage.REQ_ACCT_DATA, AccountDataRequest.newBuilder().setSubscribe(true).build());
        client.send(OutMessage.REQ_POSITIONS, PositionsRequest.getDefaultInstance());
        client.send(OutMessage.REQ_ACCOUNT_SUMMARY, AccountSummaryRequest.newBuilder().setReqId(70).setGroup("All")
                .setTags("NetLiquidation,TotalCashValue,BuyingPower,Cushion,Leverage,$LEDGER").build());
        String account = gateway.accounts().defaultAccount();
        client.send(OutMessage.REQ_PNL, PnlRequest.newBuilder().setReqId(71).setAccount(account).build());
        client.send(OutMessage.REQ_PNL_SINGLE, PnlSingleRequest.newBuilder().setReqId(72).setAccount(account).setConId(265598).build());
    }

    private void askForEverything(RawClient client) throws IOException {
        Contract aapl = Contract.newBuilder().setSymbol("AAPL").setSecType("STK").setExchange("SMART").setCurrency("USD").build();
        Contract euro = Contract.newBuilder().setSymbol("EUR").setSecType("CASH").setExchange("IDEALPRO").setCurrency("USD").build();
        Contract call = Contract.newBuilder().setConId(callNearTheMoney().conId()).setExchange("SMART").build();
        client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(1).setContract(aapl)
                .setGenericTickList("104,106,165,221,233,236,258,293,318,411,595").build());
        client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(2).setContract(euro).setGenericTickList("221")
                .build());
        client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(3).setContract(call).build());
        client.send(OutMessage.REQ_MKT_DEPTH, MarketDepthRequest.newBuilder().setReqId(10).setContract(aapl).setNumRows(5)
                .setIsSmartDepth(true).build());
        for (String type : List.of("MidPoint", "AllLast", "BidAsk")) {
            client.send(OutMessage.REQ_TICK_BY_TICK_DATA, TickByTickRequest.newBuilder().setReqId(11 + type.length())
                    .setContract(aapl).setTickType(type).setNumberOfTicks(5).build());
        }
        client.send(OutMessage.REQ_REAL_TIME_BARS, RealTimeBarsRequest.newBuilder().setReqId(20).setContract(aapl).setBarSize(5)
                .setWhatToShow("MIDPOINT").build());
        client.send(OutMessage.REQ_REAL_TIME_BARS, RealTimeBarsRequest.newBuilder().setReqId(21).setContract(euro).setBarSize(5)
                .setWhatToShow("MIDPOINT").build());
        int requestId = 30;
        for (String series : List.of("TRADES", "MIDPOINT", "BID_ASK", "BID", "ASK")) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(requestId++).setContract(aapl)
                    .setBarSizeSetting("5 mins").setDuration("2 D").setWhatToShow(series).setFormatDate(1).build());
        }
        client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(requestId++).setContract(aapl)
                .setBarSizeSetting("1 day").setDuration("1 Y").setWhatToShow("TRADES").setFormatDate(1).build());
        client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(requestId++).setContract(euro)
                .setBarSizeSetting("1 hour").setDuration("2 D").setWhatToShow("MIDPOINT").setFormatDate(2).build());
        client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(requestId).setContract(call)
                .setBarSizeSetting("15 mins").setDuration("1 D").setWhatToShow("MIDPOINT").setFormatDate(1).build());
        for (String series : List.of("MIDPOINT", "BID_ASK", "TRADES")) {
            client.send(OutMessage.REQ_HISTORICAL_TICKS, HistoricalTicksRequest.newBuilder().setReqId(40 + series.length())
                    .setContract(aapl).setEndDateTime("20250106 15:00:00 UTC").setNumberOfTicks(200).setWhatToShow(series).build());
        }
        client.send(OutMessage.REQ_HISTOGRAM_DATA, HistogramDataRequest.newBuilder().setReqId(50).setContract(aapl)
                .setTimePeriod("3 days").build());
        client.send(OutMessage.REQ_CALC_IMPLIED_VOLAT, CalculateImpliedVolatilityRequest.newBuilder().setReqId(60).setContract(call)
                .setOptionPrice(7.3).setUnderPrice(231.17).build());
        client.send(OutMessage.REQ_CALC_OPTION_PRICE, CalculateOptionPriceRequest.newBuilder().setReqId(61).setContract(call)
                .setVolatility(0.27).setUnderPrice(231.17).build());
        PlaceOrderRequest ib = PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", "")));
        client.send(OutMessage.PLACE_ORDER, ib.toBuilder().setOrderId(80).setOrder(ib.getOrder().toBuilder().setOrderType("MKT")
                .clearLmtPrice().setTotalQuantity("2500")).build());
        client.send(OutMessage.PLACE_ORDER, ib.toBuilder().setOrderId(81).setOrder(ib.getOrder().toBuilder().setWhatIf(true)
                .setTotalQuantity("333")).build());
    }

    private Instrument callNearTheMoney() {
        return gateway.instruments().all().stream()
                .filter(i -> i.securityType() == SecurityType.OPTION && i.contract().optionRight() == OptionRight.CALL
                        && i.contract().strike() == 230)
                .findFirst().orElseThrow();
    }

    /** Checks every number of a message and its sub-messages; returns how many it checked. */
    private static int scan(String where, Message message, List<String> artefacts) {
        int numbers = 0;
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            String path = where + "." + field.getKey().getName();
            List<?> values = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
            for (Object value : values) {
                switch (value) {
                    case Message nested -> numbers += scan(path, nested, artefacts);
                    case Double number -> numbers += check(path, number, artefacts);
                    case Float number -> numbers += check(path, number.doubleValue(), artefacts);
                    case String text -> numbers += checkText(path, text, artefacts);
                    default -> { }
                }
            }
        }
        return numbers;
    }

    /** Text numbers: a whole value ("100.25"), or the pieces of RT volume ("a;b;c") and fundamental ratios ("K=v;"). */
    private static int checkText(String path, String text, List<String> artefacts) {
        int numbers = 0;
        for (String piece : text.split("[;=]")) {
            if (NUMBER.matcher(piece).matches()) {
                numbers++;
                BigDecimal value = new BigDecimal(piece);
                if (value.scale() > MAX_DECIMALS || ARTEFACT.matcher(piece).find()) {
                    artefacts.add(path + " = " + piece + " (in \"" + text + "\")");
                }
            }
        }
        return numbers;
    }

    private static int check(String path, double value, List<String> artefacts) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e300) {
            return 0;   // TWS's "unset" (Double.MAX_VALUE) and "not computed" sentinels
        }
        String text = BigDecimal.valueOf(value).toPlainString();
        if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > MAX_DECIMALS || ARTEFACT.matcher(text).find()) {
            artefacts.add(path + " = " + text);
        }
        return 1;
    }

    private static Set<InMessage> missing(Set<InMessage> seen) {
        Set<InMessage> missing = EnumSet.copyOf(EXPECTED);
        missing.removeAll(seen);
        return missing;
    }
}
