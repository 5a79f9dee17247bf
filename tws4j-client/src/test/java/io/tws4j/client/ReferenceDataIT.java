package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.PriceIncrement;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParamsRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Symbol search, option chains, market rules, SMART components and depth exchanges, through both surfaces. */
class ReferenceDataIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass();

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void symbolSearchFindsStocksWithTheirDerivatives(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<ContractDescription> found = surface.contracts(client).matchingSymbols("aap");

            assertThat(found).hasSize(1);
            assertThat(found.getFirst().contract().conId()).isEqualTo(265598);
            assertThat(found.getFirst().contract().description()).isEqualTo("APPLE INC");
            assertThat(found.getFirst().derivativeTypes()).containsExactly(SecurityType.OPTION);
            assertThat(surface.contracts(client).matchingSymbols("zzzz")).isEmpty();
            assertThatThrownBy(() -> surface.contracts(client).matchingSymbols(" ")).isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void optionChainLooksTheUnderlyingUpAndListsEveryExchange(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            List<OptionChain> chains = surface.contracts(client).optionChain(Contract.stock("AAPL").build());

            assertThat(chains).extracting(OptionChain::exchange).contains("SMART", "CBOE", "AMEX").doesNotHaveDuplicates();
            assertThat(chains).allSatisfy(chain -> {
                assertThat(chain.underlyingConId()).isEqualTo(265598);
                assertThat(chain.multiplier()).isEqualTo("100");
                assertThat(chain.strikes()).hasSize(17);
                assertThat(chain.expirations()).isNotEmpty().allSatisfy(day -> assertThat(day).isAfterOrEqualTo(
                        LocalDate.now(ZoneId.of("America/New_York"))));
            });
            SecDefOptParamsRequest sent = lastOptionChainRequest();
            assertThat(sent.getUnderlyingConId()).isEqualTo(265598);
            assertThat(sent.getUnderlyingSecType()).isEqualTo("STK");
            assertThat(surface.contracts(client).optionChain(Contract.ofConId(272093, "SMART").toBuilder().symbol("MSFT")
                    .secType(SecurityType.STOCK).build())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void ambiguousUnderlyingIsRefused(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Contract sap = Contract.builder().symbol("SAP").secType(SecurityType.STOCK).exchange("SMART").build();

            assertThatThrownBy(() -> surface.contracts(client).optionChain(sap))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("matches 2 contracts");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void marketRulesGiveTheIncrementsOfEachPriceLevel(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build())) {
            MarketRule stocks = surface.contracts(client).marketRule(26);
            MarketRule options = surface.contracts(client).marketRule(110);

            assertThat(stocks.increments()).containsExactly(new PriceIncrement(0, 0.01));
            assertThat(options.incrementAt(2.5)).isEqualTo(0.01);
            assertThat(options.incrementAt(7.5)).isEqualTo(0.05);
            assertThatThrownBy(() -> surface.contracts(client).marketRule(9999))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(321));
            assertThatThrownBy(() -> surface.contracts(client).marketRule(0)).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void concurrentMarketRulesEachGetTheirOwn() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build())) {
            List<Integer> ids = List.of(26, 110, 32, 239, 1001, 26);
            List<CompletableFuture<MarketRule>> rules = ids.stream().map(id -> client.async().marketRule(id)).toList();

            assertThat(rules).extracting(rule -> rule.orTimeout(TestOptions.WAIT.toSeconds(), TimeUnit.SECONDS)
                    .join().id()).containsExactlyElementsOf(ids);
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void smartComponentsAndDepthExchanges(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 6).build())) {
            List<SmartComponent> components = surface.contracts(client).smartComponents("a6");
            List<DepthExchange> exchanges = surface.contracts(client).marketDepthExchanges();

            assertThat(components).contains(new SmartComponent(0, "NYSE", "N"), new SmartComponent(2, "NASDAQ", "Q"));
            assertThat(exchanges).contains(new DepthExchange("ISLAND", "STK", "NASDAQ", "Deep2", 1));
            assertThat(exchanges).extracting(DepthExchange::securityType).contains(SecurityType.FUTURE, SecurityType.FOREX);
            assertThatThrownBy(() -> surface.contracts(client).smartComponents("zz"))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(321));
        }
    }

    private static SecDefOptParamsRequest lastOptionChainRequest() {
        SecDefOptParamsRequest last = null;
        while (true) {
            var next = gateway.get().takeRequest(OutMessage.REQ_SEC_DEF_OPT_PARAMS, last == null ? TestOptions.WAIT : Duration.ZERO);
            if (next.isEmpty()) {
                return last;
            }
            last = next.get().body(SecDefOptParamsRequest.class);
        }
    }
}
