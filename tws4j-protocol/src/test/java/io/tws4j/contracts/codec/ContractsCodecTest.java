package io.tws4j.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.PriceIncrement;
import io.tws4j.contracts.RandomContracts;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.protocol.proto.ContractsProto.ContractData;
import io.tws4j.protocol.proto.ContractsProto.MarketDepthExchanges;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParameter;
import io.tws4j.protocol.proto.ContractsProto.SmartComponents;
import io.tws4j.protocol.proto.ContractsProto.SymbolSamples;
import io.tws4j.protocol.proto.ContractsProto;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contracts and reference data survive the wire, and our contract encodes as IB's own client does. */
class ContractsCodecTest {
    /** The contract of PROTOCOL.md Appendix B, frame 3, as IB's Java client wrote it (conId 0 explicit). */
    private static final String IB_AAPL = "0800 12044141504c 1a0353544b 4205534d415254 5203555344";
    /** The same contract without the explicit conId, as other encoders may write it. */
    private static final String AAPL_WITHOUT_CON_ID = "12044141504c 1a0353544b 4205534d415254 5203555344";

    @Test
    void stockEncodesToTheBytesIbsClientSends() {
        byte[] ours = ContractsCodec.contract(Contract.stock("AAPL").build()).toByteArray();

        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(IB_AAPL.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {IB_AAPL, AAPL_WITHOUT_CON_ID})
    void bothFormsOfTheContractDecodeAlike(String hex) throws InvalidProtocolBufferException {
        ContractsProto.Contract wire = ContractsProto.Contract.parseFrom(HexFormat.of().parseHex(hex.replace(" ", "")));

        assertThat(ContractsCodec.contract(wire)).isEqualTo(Contract.stock("AAPL").build());
    }

    @Test
    void unsetValuesStayOffTheWire() {
        ContractsProto.Contract wire = ContractsCodec.contract(Contract.call("AAPL").strike(150).expiresOn(2024, 12, 20).build());

        assertThat(wire.hasStrike()).isTrue();
        assertThat(wire.hasMultiplier()).isTrue();
        assertThat(wire.hasPrimaryExch()).isFalse();
        assertThat(wire.hasIncludeExpired()).isFalse();
        assertThat(wire.hasDeltaNeutralContract()).isFalse();
        assertThat(wire.hasLastTradeDate()).isFalse();
        assertThat(wire.getRight()).isEqualTo("C");
        assertThat(ContractsCodec.details(ContractDetails.builder(Contract.stock("AAPL").build()).build()).getSerializedSize())
                .isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void randomContractsRoundTrip(long seed) throws InvalidProtocolBufferException {
        RandomContracts random = new RandomContracts(new SplittableRandom(seed));
        for (int i = 0; i < 200; i++) {
            Contract contract = random.contract();
            byte[] bytes = ContractsCodec.contract(contract).toByteArray();

            assertThat(ContractsCodec.contract(ContractsProto.Contract.parseFrom(bytes))).isEqualTo(contract);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void randomContractDetailsRoundTrip(long seed) throws InvalidProtocolBufferException {
        RandomContracts random = new RandomContracts(new SplittableRandom(seed));
        for (int i = 0; i < 100; i++) {
            ContractDetails details = random.details();
            byte[] bytes = ContractsCodec.contractData(1_000_000_000 + i, details).toByteArray();

            ContractData decoded = ContractData.parseFrom(bytes);
            assertThat(decoded.getReqId()).isEqualTo(1_000_000_000 + i);
            assertThat(ContractsCodec.details(decoded)).isEqualTo(details);
        }
    }

    @Test
    void detailsTextFieldsBecomeTypedValues() {
        ContractsProto.ContractDetails wire = ContractsProto.ContractDetails.newBuilder()
                .setMinTick("0.01").setValidExchanges("SMART,AMEX,NYSE").setMarketRuleIds("26,26,240")
                .setOrderTypes("ACTIVETIM,AD,ADJUST").setTimeZoneId("US/Eastern").setMinSize("0.0001")
                .setTradingHours("20250106:0400-20250106:2000").setRealExpirationDate("20250117")
                .build();

        ContractDetails details = ContractsCodec.details(ContractsCodec.contract(Contract.stock("AAPL").build()), wire);

        assertThat(details.minTick()).isEqualTo(0.01);
        assertThat(details.validExchanges()).containsExactly("SMART", "AMEX", "NYSE");
        assertThat(details.marketRuleIdFor("NYSE")).hasValue(240);
        assertThat(details.marketRuleIdFor("ISLAND")).isEmpty();
        assertThat(details.minSize()).isEqualByComparingTo("0.0001");
        assertThat(details.timeZone()).contains(ZoneId.of("US/Eastern"));
        assertThat(details.tradingHours().sessions()).hasSize(1);
        assertThat(details.realExpiration()).contains(LocalDate.of(2025, 1, 17));
        assertThat(details.fund()).isEmpty();
        assertThat(details.bond()).isEmpty();
    }

    @Test
    void symbolSamplesRoundTrip() throws InvalidProtocolBufferException {
        List<ContractDescription> descriptions = List.of(
                new ContractDescription(Contract.builder().conId(265598).symbol("AAPL").secType("STK")
                        .primaryExchange("NASDAQ").currency("USD").description("APPLE INC").build(), List.of("OPT", "WAR")),
                new ContractDescription(Contract.builder().conId(38708077).symbol("APC").secType("STK").build(), List.of()));

        SymbolSamples wire = SymbolSamples.parseFrom(ContractsCodec.symbolSamples(5, descriptions).toByteArray());

        assertThat(wire.getReqId()).isEqualTo(5);
        assertThat(ContractsCodec.descriptions(wire)).isEqualTo(descriptions);
        assertThat(ContractsCodec.descriptions(wire).getFirst().derivativeTypes())
                .containsExactly(SecurityType.OPTION, SecurityType.WARRANT);
    }

    @Test
    void optionChainRoundTripsWithSortedExpirationsAndStrikes() throws InvalidProtocolBufferException {
        OptionChain chain = new OptionChain("CBOE", 265598, "AAPL", "100",
                List.of(LocalDate.of(2025, 2, 21), LocalDate.of(2025, 1, 17)), List.of(200.0, 180.0, 190.0));

        SecDefOptParameter wire = SecDefOptParameter.parseFrom(ContractsCodec.secDefOptParameter(9, chain).toByteArray());

        assertThat(wire.getExpirationsList()).containsExactly("20250117", "20250221");
        assertThat(ContractsCodec.optionChain(wire)).isEqualTo(chain);
        assertThat(chain.strikes()).containsExactly(180.0, 190.0, 200.0);
    }

    @Test
    void marketRuleSmartComponentsAndDepthExchangesRoundTrip() throws InvalidProtocolBufferException {
        MarketRule rule = new MarketRule(110, List.of(new PriceIncrement(0, 0.01), new PriceIncrement(3, 0.05)));
        List<SmartComponent> components = List.of(new SmartComponent(1, "NYSE", "N"), new SmartComponent(7, "ARCA", "P"));
        List<DepthExchange> exchanges = List.of(new DepthExchange("ISLAND", "STK", "", "Deep2", 1),
                new DepthExchange("CME", "FUT", "", "Deep", 2));

        assertThat(ContractsCodec.marketRule(ContractsProto.MarketRule.parseFrom(
                ContractsCodec.marketRule(rule).toByteArray()))).isEqualTo(rule);
        assertThat(ContractsCodec.smartComponents(SmartComponents.parseFrom(
                ContractsCodec.smartComponents(3, components).toByteArray()))).isEqualTo(components);
        assertThat(ContractsCodec.depthExchanges(MarketDepthExchanges.parseFrom(
                ContractsCodec.marketDepthExchanges(exchanges).toByteArray()))).isEqualTo(exchanges);
    }

    @Test
    void requestsCarryTheirFields() {
        assertThat(ContractsCodec.contractDataRequest(7, Contract.stock("TSLA").build()).getContract().getSymbol()).isEqualTo("TSLA");
        assertThat(ContractsCodec.cancelContractData(7).getReqId()).isEqualTo(7);
        assertThat(ContractsCodec.matchingSymbolsRequest(8, "app").getPattern()).isEqualTo("app");
        assertThat(ContractsCodec.secDefOptParamsRequest(9, "AAPL", "", "STK", 265598))
                .satisfies(request -> {
                    assertThat(request.hasFutFopExchange()).isFalse();
                    assertThat(request.getUnderlyingConId()).isEqualTo(265598);
                });
        assertThat(ContractsCodec.marketRuleRequest(26).getMarketRuleId()).isEqualTo(26);
        assertThat(ContractsCodec.smartComponentsRequest(10, "a6").getBboExchange()).isEqualTo("a6");
        assertThat(ContractsCodec.marketDepthExchangesRequest().getSerializedSize()).isZero();
    }
}
