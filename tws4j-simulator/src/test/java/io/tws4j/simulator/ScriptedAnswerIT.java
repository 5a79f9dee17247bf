package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scripted answer replaces the gateway's own for the next request of its kind only. */
class ScriptedAnswerIT {
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
    void nextRequestOfTheKindGetsTheScriptedFramesInOrderThenTheGatewayAnswersAgain() throws IOException {
        Replay replay = gateway.enqueue(ScriptedAnswer.of(OutMessage.REQ_MANAGED_ACCTS, request -> accounts("SCRIPTED1", "SCRIPTED2"))
                .atRate(1_000));
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());

            assertThat(accountsList(client)).isEqualTo("SCRIPTED1");
            assertThat(accountsList(client)).isEqualTo("SCRIPTED2");
            assertThat(replay.finished().join()).isEqualTo(2);
            assertThat(replay.sentAtNanos(1) - replay.sentAtNanos(0)).isGreaterThanOrEqualTo(900_000);

            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());
            assertThat(accountsList(client)).isEqualTo("DU1234567");
        }
    }

    private static String accountsList(RawClient client) throws IOException {
        assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
        return client.body(ManagedAccounts.parser()).getAccountsList();
    }

    private static List<byte[]> accounts(String... lists) {
        List<byte[]> frames = new ArrayList<>();
        for (String list : lists) {
            frames.add(Frames.encode(InMessage.MANAGED_ACCTS, ConnectionCodec.managedAccounts(List.of(list))));
        }
        return frames;
    }
}
