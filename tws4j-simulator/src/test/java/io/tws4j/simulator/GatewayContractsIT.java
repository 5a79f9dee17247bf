package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.proto.ContractsProto.ContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractDataEnd;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.proto.ContractsProto.MarketRule;
import io.tws4j.protocol.proto.ContractsProto.MarketRuleRequest;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts domain on the wire, spoken to by a raw client as IB's own client would. */
class GatewayContractsIT {
    /** REQ_CONTRACT_DATA with the AAPL contract of PROTOCOL.md Appendix B, as IB's Java client encodes it. */
    private static final String IB_AAPL_REQUEST = "08e907 1219 080012044141504c1a0353544b4205534d4152545203555344";

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void ibsOwnContractBytesGetDetailsThenTheEndMarker() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CONTRACT_DATA,
                    ContractDataRequest.parseFrom(HexFormat.of().parseHex(IB_AAPL_REQUEST.replace(" ", ""))));

            assertThat(client.next()).isEqualTo(InMessage.CONTRACT_DATA);
            ContractData data = client.body(ContractData.parser());
            assertThat(data.getReqId()).isEqualTo(1001);
            assertThat(data.getContract().getConId()).isEqualTo(265598);
            assertThat(data.getContractDetails().getMinTick()).isEqualTo("0.01");
            assertThat(data.getContractDetails().getTimeZoneId()).isEqualTo("US/Eastern");
            assertThat(data.getContractDetails().getTradingHours()).matches("\\d{8}:(\\d{4}-\\d{8}:\\d{4}|CLOSED)(;.*)?");
            assertThat(client.next()).isEqualTo(InMessage.CONTRACT_DATA_END);
            assertThat(client.body(ContractDataEnd.parser()).getReqId()).isEqualTo(1001);
        }
    }

    @Test
    void bondsTravelAsBondContractData() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.newBuilder().setReqId(5)
                    .setContract(ContractsProto.Contract.newBuilder().setSecType("BOND")
                            .setSecIdType("ISIN").setSecId("DE0001102309").setExchange("SMART")).build());

            assertThat(client.next()).isEqualTo(InMessage.BOND_CONTRACT_DATA);
            assertThat(client.body(ContractData.parser()).getContractDetails().getCoupon()).isEqualTo(1.5);
            assertThat(client.next()).isEqualTo(InMessage.CONTRACT_DATA_END);
        }
    }

    @Test
    void unknownContractGetsError200WithTheRequestId() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.newBuilder().setReqId(9)
                    .setContract(ContractsProto.Contract.newBuilder().setSymbol("NOSUCH")
                            .setSecType("STK")).build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(9);
            assertThat(error.getErrorCode()).isEqualTo(200);
            assertThat(error.getErrorMsg()).isEqualTo("No security definition has been found for the request");
        }
    }

    @Test
    void contractWithNothingToLookUpIsAnInvalidRequest() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.newBuilder().setReqId(10)
                    .setContract(ContractsProto.Contract.newBuilder().setSecType("STK")
                            .setExchange("SMART")).build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(10);
            assertThat(error.getErrorCode()).isEqualTo(321);
        }
    }

    @Test
    void optionCalculationOnAnAmbiguousOptionIsError200() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CALC_OPTION_PRICE, CalculateOptionPriceRequest.newBuilder().setReqId(11)
                    .setContract(ContractsProto.Contract.newBuilder().setSymbol("AAPL")
                            .setSecType("OPT").setExchange("SMART"))
                    .setVolatility(0.3).setUnderPrice(230).build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getErrorCode()).isEqualTo(200);
            assertThat(error.getErrorMsg()).contains("ambiguous");
        }
    }

    @Test
    void marketRuleIsAnsweredByRuleId() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MARKET_RULE, MarketRuleRequest.newBuilder().setMarketRuleId(110).build());

            assertThat(client.next()).isEqualTo(InMessage.MARKET_RULE);
            MarketRule rule = client.body(MarketRule.parser());
            assertThat(rule.getMarketRuleId()).isEqualTo(110);
            assertThat(rule.getPriceIncrementsCount()).isEqualTo(2);
        }
    }
}
