package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import io.tws4j.marketdata.FundamentalRatios;
import io.tws4j.protocol.proto.AccountsProto.AccountDataEnd;
import io.tws4j.protocol.proto.AccountsProto.AccountDataRequest;
import io.tws4j.protocol.proto.AccountsProto.AccountValue;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.ContractsProto.ContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractDataEnd;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataBar;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepth;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthRequest;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.proto.MarketDataProto.TickString;
import io.tws4j.protocol.proto.OrdersProto.ExecutionDetails;
import io.tws4j.protocol.proto.OrdersProto.OrderStatus;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests that IB's own Java client (API 10.45, server version 223) found the simulated
 * gateway answering wrongly, replayed as that client writes them (protobuf bodies with an explicit
 * {@code conId: 0}, empty strings and false flags left out; PROTOCOL.md Appendix B), with the
 * answers TWS gives: AAPL and MSFT on ISLAND for contract details, market data and depth; generic
 * tick 258; one TotalCashBalance row per currency; prices and averages without float artefacts.
 */
class IbClientReplayIT {
    /** A Monday 10:00 in New York: the regular session is open. */
    private static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");
    /** PROTOCOL.md Appendix B, frame 4's order, as IB's client writes it: BUY 100 LMT 150.25 DAY (the price set below). */
    private static final String IB_PLACE_ORDER = "082a 1219 080012044141504c1a0353544b4205534d4152545203555344 1a66 "
            + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
            + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
            + "d9050000000000000000900600ca0600 2200";

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().seed(3).startTime(MONDAY_10_00).speed(20).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    /** A stock as IB's client describes it: conId 0 written out, no primary exchange. */
    private static Contract stock(String symbol, String exchange) {
        return Contract.newBuilder().setConId(0).setSymbol(symbol).setSecType("STK").setExchange(exchange).setCurrency("USD").build();
    }

    @Test
    void contractDetailsOnIslandAreAnsweredAndAnUnknownVenueIsNot() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 7)) {
            int requestId = 1001;
            for (String symbol : List.of("AAPL", "MSFT")) {
                client.send(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.newBuilder().setReqId(requestId)
                        .setContract(stock(symbol, "ISLAND")).build());

                assertThat(client.next()).as(symbol).isEqualTo(InMessage.CONTRACT_DATA);
                ContractData data = client.body(ContractData.parser());
                assertThat(data.getReqId()).isEqualTo(requestId);
                assertThat(data.getContract().getExchange()).isEqualTo("ISLAND");
                assertThat(data.getContract().getPrimaryExch()).isEqualTo("NASDAQ");
                assertThat(data.getContractDetails().getValidExchanges()).isEqualTo("SMART,AMEX,NYSE,CBOE,PHLX,ISE,CHX,ARCA,"
                        + "ISLAND,DRCTEDGE,BEX,BATS,EDGEA,BYX,IEX,EDGX,FOXRIVER,PEARL,NYSENAT,LTSE,MEMX,IBEOS,OVERNIGHT,TPLUS0,PSX");
                assertThat(client.next()).isEqualTo(InMessage.CONTRACT_DATA_END);
                assertThat(client.body(ContractDataEnd.parser()).getReqId()).isEqualTo(requestId);
                requestId++;
            }

            client.send(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.newBuilder().setReqId(1009)
                    .setContract(stock("AAPL", "NOSUCHVENUE")).build());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(1009);
            assertThat(error.getErrorCode()).isEqualTo(200);
        }
    }

    @Test
    void marketDataOnIslandWithGenericTick258SendsTheFundamentalRatios() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 7)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(1001).setContract(stock("AAPL", "ISLAND"))
                    .setGenericTickList("258").build());

            List<InMessage> before = new ArrayList<>();
            TickString ratios = null;
            TickPrice bid = null;
            while (ratios == null) {
                InMessage type = client.next();
                before.add(type);
                switch (type) {
                    case TICK_STRING -> {
                        TickString tick = client.body(TickString.parser());
                        if (tick.getTickType() == 47) {
                            ratios = tick;
                        }
                    }
                    case TICK_PRICE -> {
                        TickPrice price = client.body(TickPrice.parser());
                        bid = price.getTickType() == 1 ? price : bid;
                    }
                    default -> client.reader.finish();
                }
            }
            assertThat(before).doesNotContain(InMessage.ERR_MSG);
            assertThat(ratios.getReqId()).isEqualTo(1001);
            FundamentalRatios parsed = FundamentalRatios.parse(ratios.getValue());
            assertThat(ratios.getValue()).startsWith("TTMNPMGN=");
            assertThat(parsed.number("PEEXCLXOR")).isPresent();
            assertThat(parsed.number("MKTCAP").orElseThrow()).isPositive();
            assertThat(parsed.number("NPRICE").orElseThrow()).isBetween(bid.getPrice() - 1, bid.getPrice() + 1);
        }
    }

    @Test
    void depthOnIslandIsTheBookWithoutMarketMakers() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 7)) {
            client.send(OutMessage.REQ_MKT_DEPTH, MarketDepthRequest.newBuilder().setReqId(1001).setContract(stock("AAPL", "ISLAND"))
                    .setNumRows(5).build());

            List<MarketDepth> inserts = new ArrayList<>();
            while (inserts.size() < 10) {
                InMessage type = client.next();
                assertThat(type).as("an error instead of the book").isNotEqualTo(InMessage.ERR_MSG);
                assertThat(type).isEqualTo(InMessage.MARKET_DEPTH);
                inserts.add(client.body(MarketDepth.parser()));
            }
            assertThat(inserts).allSatisfy(row -> {
                assertThat(row.getReqId()).isEqualTo(1001);
                assertThat(row.getMarketDepthData().getOperation()).isZero();
                assertThat(BigDecimal.valueOf(row.getMarketDepthData().getPrice()).scale()).isLessThanOrEqualTo(2);
            });
            assertThat(inserts).extracting(row -> row.getMarketDepthData().getSide()).containsOnly(0, 1);
        }
    }

    @Test
    void anAccountUpdateSendsEachValueOncePerCurrency() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 7)) {
            client.send(OutMessage.PLACE_ORDER, marketBuy(42, 7));
            readUntil(client, InMessage.COMMISSION_AND_FEES_REPORT, message -> true);

            client.send(OutMessage.REQ_ACCT_DATA, AccountDataRequest.newBuilder().setSubscribe(true).build());
            List<AccountValue> values = new ArrayList<>();
            while (true) {
                InMessage type = client.next();
                if (type == InMessage.ACCT_DOWNLOAD_END) {
                    assertThat(client.body(AccountDataEnd.parser()).getAccountName()).isNotEmpty();
                    break;
                }
                if (type == InMessage.ACCT_VALUE) {
                    values.add(client.body(AccountValue.parser()));
                } else {
                    client.reader.finish();
                }
            }
            Map<List<String>, Long> rows = values.stream().collect(Collectors.groupingBy(
                    v -> List.of(v.getKey(), v.getCurrency(), v.getAccountName()), Collectors.counting()));
            assertThat(rows).allSatisfy((row, count) -> assertThat(count).as("rows of %s", row).isEqualTo(1));
            assertThat(values).filteredOn(v -> v.getKey().equals("TotalCashBalance")).extracting(AccountValue::getCurrency)
                    .containsExactlyInAnyOrder("USD", "BASE");
        }
    }

    @Test
    void fillsAndBarsCarryNoFloatArtefacts() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 7)) {
            // A market order larger than any quote fills in parts; averaging them is where artefacts came from (237.97999999999996).
            client.send(OutMessage.PLACE_ORDER, marketBuy(43, 2_500));
            List<Double> averages = new ArrayList<>();
            List<Double> prices = new ArrayList<>();
            int executions = 0;
            boolean filled = false;
            while (!filled) {
                InMessage type = client.next();
                switch (type) {
                    case ORDER_STATUS -> {
                        OrderStatus status = client.body(OrderStatus.parser());
                        averages.add(status.getAvgFillPrice());
                        prices.add(status.getLastFillPrice());
                        filled = status.getStatus().equals("Filled");
                    }
                    case EXECUTION_DATA -> {
                        ExecutionDetails execution = client.body(ExecutionDetails.parser());
                        executions++;
                        averages.add(execution.getExecution().getAvgPrice());
                        prices.add(execution.getExecution().getPrice());
                    }
                    default -> client.reader.finish();
                }
            }
            assertThat(executions).as("fills in parts").isGreaterThan(1);
            assertThat(averages).isNotEmpty().allSatisfy(average -> assertThat(decimals(average)).isLessThanOrEqualTo(4));
            assertThat(prices).allSatisfy(price -> assertThat(decimals(price)).isLessThanOrEqualTo(2));

            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(2001)
                    .setContract(stock("AAPL", "SMART")).setBarSizeSetting("1 min").setDuration("1 D").setUseRth(false)
                    .setWhatToShow("MIDPOINT").setFormatDate(1).build());
            HistoricalData history = readUntil(client, InMessage.HISTORICAL_DATA, message -> true);
            assertThat(history.getHistoricalDataBarsList()).isNotEmpty().allSatisfy(bar -> {
                for (double price : List.of(bar.getOpen(), bar.getHigh(), bar.getLow(), bar.getClose())) {
                    assertThat(decimals(price)).as("a midpoint on half a cent: %s", bar).isLessThanOrEqualTo(3);
                }
                assertThat(new BigDecimal(bar.getWap()).scale()).isLessThanOrEqualTo(4);
            });
            assertThat(history.getHistoricalDataBarsList()).extracting(HistoricalDataBar::getClose)
                    .anySatisfy(close -> assertThat(decimals(close)).isEqualTo(3));
        }
    }

    /** IB's own PLACE_ORDER frame, made a market order for {@code quantity} shares under {@code orderId}. */
    private static PlaceOrderRequest marketBuy(int orderId, int quantity) throws IOException {
        PlaceOrderRequest ib = PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", "")));
        return ib.toBuilder().setOrderId(orderId).setOrder(ib.getOrder().toBuilder().setOrderType("MKT").clearLmtPrice()
                .setTotalQuantity(Integer.toString(quantity))).build();
    }

    /** Reads until the first {@code wanted} message that passes {@code accept}, which it returns; fails on an error first. */
    @SuppressWarnings("unchecked")
    private static <M extends Message> M readUntil(RawClient client, InMessage wanted, Predicate<M> accept) throws IOException {
        while (true) {
            InMessage type = client.next();
            if (type == InMessage.ERR_MSG) {
                ErrorMessage error = client.body(ErrorMessage.parser());
                assertThat(error.getErrorCode()).as("an error while waiting for %s: %s", wanted, error)
                        .isBetween(2100, 2200);
                continue;
            }
            if (type != wanted) {
                client.reader.finish();
                continue;
            }
            M message = (M) client.body(wanted.parser().orElseThrow());
            if (accept.test(message)) {
                return message;
            }
        }
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }
}
