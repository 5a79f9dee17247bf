package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.SecurityType;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract details against the simulated gateway, through both surfaces: single and multiple matches, and the errors. */
class ContractDetailsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void stockDetailsAreComplete(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            ContractDetails aapl = only(surface.contracts(client).contractDetails(Contract.stock("AAPL").build()));

            assertThat(aapl.contract().conId()).isEqualTo(265598);
            assertThat(aapl.contract().primaryExchange()).isEqualTo("NASDAQ");
            assertThat(aapl.longName()).isEqualTo("APPLE INC");
            assertThat(aapl.minTick()).isEqualTo(0.01);
            assertThat(aapl.marketRuleIdFor("SMART")).hasValue(26);
            assertThat(aapl.timeZone()).contains(ZoneId.of("US/Eastern"));
            assertThat(aapl.tradingHours().sessions()).isNotEmpty();
            assertThat(aapl.liquidHours().sessions()).allSatisfy(session -> assertThat(session.duration()).isEqualTo(Duration.ofMinutes(390)));
            assertThat(aapl.secIdList()).containsEntry("ISIN", "US0378331005");
            ContractDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_CONTRACT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(ContractDataRequest.class);
            assertThat(sent.getContract().getSymbol()).isEqualTo("AAPL");
            assertThat(sent.getContract().hasConId()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void theDemosContractsAllResolve(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            var contracts = surface.contracts(client);

            assertThat(only(contracts.contractDetails(Contract.stock("TSLA").build())).contract().conId()).isEqualTo(76792991);
            ContractDetails toyota = only(contracts.contractDetails(Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build()));
            assertThat(toyota.longName()).isEqualTo("TOYOTA MOTOR CORP");
            assertThat(toyota.timeZone()).contains(ZoneId.of("Japan"));
            assertThat(only(contracts.contractDetails(Contract.forex("EUR", "USD").build())).contract().localSymbol()).isEqualTo("EUR.USD");
            assertThat(only(contracts.contractDetails(Contract.crypto("BTC").build())).contract().exchange()).isEqualTo("PAXOS");
            assertThat(only(contracts.contractDetails(Contract.index("SPX").build())).contract().securityType())
                    .isEqualTo(SecurityType.INDEX);
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void bondsByCusipAndIsinArriveAsBondContractData(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            ContractDetails treasury = only(surface.contracts(client).contractDetails(Contract.bondCusip("912810RN0").build()));
            ContractDetails bund = only(surface.contracts(client).contractDetails(Contract.bondIsin("DE0001102309").build()));

            assertThat(treasury.bond().orElseThrow().coupon()).isEqualTo(2.875);
            assertThat(treasury.bond().orElseThrow().cusip()).isEqualTo("912810RN0");
            assertThat(treasury.contract().currency()).isEqualTo("USD");
            assertThat(bund.contract().currency()).isEqualTo("EUR");
            assertThat(bund.secIdList()).containsEntry("ISIN", "DE0001102309");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void partialDescriptionsReturnEveryMatch(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build())) {
            List<ContractDetails> es = surface.contracts(client).contractDetails(Contract.futures("ES").anyMonth().build());
            List<ContractDetails> sap = surface.contracts(client).contractDetails(
                    Contract.builder().symbol("SAP").secType(SecurityType.STOCK).exchange("SMART").build());

            assertThat(es).hasSizeGreaterThan(4).allSatisfy(details -> {
                assertThat(details.contract().securityType()).isEqualTo(SecurityType.FUTURE);
                assertThat(details.contract().multiplier()).isEqualTo(50.0);
            });
            assertThat(es).extracting(details -> details.contract().lastTradeDateOrContractMonth()).isSorted().doesNotHaveDuplicates();
            assertThat(sap).extracting(details -> details.contract().currency()).containsExactlyInAnyOrder("USD", "EUR");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void unknownContractIsRejectedWithError200(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 5).build())) {
            assertThatThrownBy(() -> surface.contracts(client).contractDetails(Contract.stock("NOSUCH").build()))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(200);
                        assertThat(e.getMessage()).contains("No security definition has been found");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void contractThatIdentifiesNothingFailsBeforeAnythingIsSent(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 6).build())) {
            Contract nothing = Contract.builder().secType(SecurityType.STOCK).exchange("SMART").currency("USD").build();

            assertThatThrownBy(() -> surface.contracts(client).contractDetails(nothing))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("identifies nothing");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_CONTRACT_DATA, Duration.ofMillis(200))).isEmpty();
            assertThatThrownBy(() -> Contract.futures("ES").build()).hasMessageContaining("need a contract month");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void detailsOfTheSameConIdAreTheSameContract(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 7).build())) {
            ContractDetails byDescription = only(surface.contracts(client).contractDetails(Contract.stock("NVDA").build()));
            ContractDetails byConId = only(surface.contracts(client).contractDetails(
                    Contract.ofConId(byDescription.contract().conId(), "SMART")));

            assertThat(byConId.contract()).isEqualTo(byDescription.contract());
            assertThat(byConId.tradingHours().isOpen(Instant.now())).isEqualTo(byDescription.tradingHours().isOpen(Instant.now()));
        }
    }

    static ContractDetails only(List<ContractDetails> details) {
        assertThat(details).hasSize(1);
        return details.getFirst();
    }
}
