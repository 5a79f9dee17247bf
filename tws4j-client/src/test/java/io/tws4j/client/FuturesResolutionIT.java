package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.Expirations;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Front month and next quarter picked from the futures TWS lists, through both surfaces. */
class FuturesResolutionIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass();

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void frontMonthIsTheEarliestListedContract(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<ContractDetails> listed = client.contractDetails(Contract.futures("ES").anyMonth().build());
            Contract expected = listed.stream().map(ContractDetails::contract)
                    .min(Comparator.comparing(Contract::lastTradeDateOrContractMonth)).orElseThrow();

            Contract front = surface.contracts(client).frontMonth(Contract.futures("ES"));

            assertThat(front).isEqualTo(expected);
            assertThat(front.conId()).isPositive();
            assertThat(front.securityType()).isEqualTo(SecurityType.FUTURE);
            assertThat(front.localSymbol()).startsWith("ES");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void nextQuarterIsQuarterlyAndAgreesForAQuarterlyProduct(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            Contract quarter = surface.contracts(client).nextQuarter(Contract.futures("NQ"));

            assertThat(Expirations.isQuarterly(quarter.contractMonth().orElseThrow())).isTrue();
            assertThat(quarter).isEqualTo(surface.contracts(client).frontMonth(Contract.futures("NQ")));
            assertThat(quarter.multiplier()).isEqualTo(20.0);
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void unlistedFutureIsRejectedWithError200(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            assertThatThrownBy(() -> surface.contracts(client).frontMonth(Contract.futures("ZZ").onExchange("CME")))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
        }
    }
}
