package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.contracts.Contract;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.ScriptedAnswer;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message that is valid protobuf but whose values cannot be read (here a position that is not a
 * number) ends the stream waiting for it with a {@link ProtocolViolationException} naming the
 * message and the value, on both surfaces; the connection goes on serving other requests.
 */
class UnreadableMessageIT {
    private static final String ACCOUNT = "DU1234567";

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aStreamOfItsOwnEndsWithTheViolationAndTheConnectionGoesOn(boolean async) {
        gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_PNL_SINGLE, request -> List.of(Frames.encode(InMessage.PNL_SINGLE,
                AccountsProto.PnlSingle.newBuilder().setReqId(((AccountsProto.PnlSingleRequest) request).getReqId())
                        .setPosition("twelve").build()))));
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<PnlSingle> pnl = async ? FeedSubscription.of(client.async().pnlSingle(ACCOUNT, "", 265598))
                     : client.pnlSingle(ACCOUNT, "", 265598)) {

            assertThatThrownBy(() -> pnl.next(TestOptions.WAIT))
                    .isInstanceOf(ProtocolViolationException.class)
                    .hasMessageContaining("PNL_SINGLE")
                    .hasMessageContaining("twelve");
            assertThat(client.managedAccounts()).containsExactly(ACCOUNT);
        }
    }

    @ParameterizedTest(name = "async surface: {0}")
    @ValueSource(booleans = {false, true})
    void aSharedStreamEndsWithTheViolationAndTheConnectionGoesOn(boolean async) {
        ContractsProto.Contract aapl = ContractsProto.Contract.newBuilder().setConId(265598).setSymbol("AAPL").setSecType("STK")
                .setCurrency("USD").build();
        gateway.get().enqueue(ScriptedAnswer.of(OutMessage.REQ_POSITIONS, request -> List.of(Frames.encode(InMessage.POSITION_DATA,
                AccountsProto.Position.newBuilder().setAccount(ACCOUNT).setContract(aapl).setPosition("1O0").setAvgCost(150).build()))));
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<PositionUpdate> positions = async ? FeedSubscription.of(client.async().positions()) : client.positions()) {

            assertThatThrownBy(() -> positions.next(TestOptions.WAIT))
                    .isInstanceOf(ProtocolViolationException.class)
                    .hasMessageContaining("POSITION_DATA")
                    .hasMessageContaining("1O0");
            assertThat(client.contractDetails(Contract.stock("AAPL").build())).isNotEmpty();
        }
    }
}
