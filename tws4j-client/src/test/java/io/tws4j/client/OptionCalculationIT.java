package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Option price and implied volatility calculations, through both surfaces, and their validation. */
class OptionCalculationIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void priceAndImpliedVolatilityAreInverses(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Contract call = listedAaplOption(client, true);
            OptionComputation priced = surface.contracts(client).calculateOptionPrice(call, 0.25, 232.0);

            assertThat(priced.tickType()).isEqualTo(TickType.CUST_OPTION_COMPUTATION);
            assertThat(priced.impliedVolatility()).hasValue(0.25);
            assertThat(priced.underlyingPrice()).hasValue(232.0);
            assertThat(priced.delta().orElseThrow()).isBetween(0.0, 1.0);
            assertThat(priced.gamma().orElseThrow()).isPositive();
            double price = priced.optionPrice().orElseThrow();
            assertThat(price).isPositive();

            OptionComputation implied = surface.contracts(client).calculateImpliedVolatility(call, price, 232.0);
            assertThat(implied.impliedVolatility().orElseThrow()).isCloseTo(0.25, within(1e-3));
            assertThat(implied.priceBased()).isTrue();
            CalculateOptionPriceRequest sent = gateway.get().takeRequest(OutMessage.REQ_CALC_OPTION_PRICE, TestOptions.WAIT)
                    .orElseThrow().body(CalculateOptionPriceRequest.class);
            assertThat(sent.getVolatility()).isEqualTo(0.25);
            assertThat(sent.getContract().getRight()).isEqualTo("C");
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void anImpossiblePriceHasNoImpliedVolatility(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build())) {
            Contract put = listedAaplOption(client, false);

            OptionComputation implied = surface.contracts(client).calculateImpliedVolatility(put, 1_000, 232.0);

            assertThat(implied.impliedVolatility()).isEmpty();
            assertThat(implied.optionPrice()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ContractsSurface.class)
    void badInputsAreRefusedAndUnknownOptionsRejected(ContractsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build())) {
            Contract stock = Contract.stock("AAPL").build();
            Contract unknown = Contract.call("AAPL").strike(1).expiresOn(2099, 1, 16).build();
            Contract call = listedAaplOption(client, true);

            assertThatThrownBy(() -> surface.contracts(client).calculateOptionPrice(stock, 0.25, 232))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("need an option");
            assertThatThrownBy(() -> surface.contracts(client).calculateOptionPrice(call, -0.25, 232))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("volatility must be a positive");
            assertThatThrownBy(() -> surface.contracts(client).calculateImpliedVolatility(call, 5, Double.NaN))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("underlying price");
            assertThatThrownBy(() -> surface.contracts(client).calculateOptionPrice(unknown, 0.25, 232))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
        }
    }

    /**
     * Returns a listed AAPL option near the money, found through the option chain: on its last
     * expiry, months away, so that it has time value whatever the day (a weekly may expire today).
     */
    static Contract listedAaplOption(TwsClient client, boolean call) {
        OptionChain chain = client.optionChain(Contract.stock("AAPL").build()).getFirst();
        LocalDate expiry = chain.expirations().getLast();
        double strike = chain.strikes().get(chain.strikes().size() / 2);
        return (call ? Contract.call("AAPL") : Contract.put("AAPL")).strike(strike).expiresOn(expiry).build();
    }
}
