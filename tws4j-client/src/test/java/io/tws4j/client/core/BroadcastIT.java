package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.ClientOptions;
import io.tws4j.connection.Notice;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A broadcast observes every message of its types, whoever requested them, and sends nothing. */
class BroadcastIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void observesAnswersToOtherRequestsAndDecodedNotices() throws InterruptedException {
        ClientOptions options = ClientOptions.builder().address(gateway.get().address()).clientId(1).build();
        try (Core core = Core.connect(options, new NoticeHub())) {
            BroadcastSpec<String> spec = BroadcastSpec.<String>builder("accounts and notices")
                    .on(InMessage.MANAGED_ACCTS, ManagedAccounts.class,
                            (message, sink) -> sink.next(String.join(",", ConnectionCodec.managedAccounts(message))))
                    .on(InMessage.ERR_MSG, Notice.class, (notice, sink) -> sink.next("notice " + notice.code()))
                    .build();
            StreamSource stream = core.openBroadcast(spec);

            core.call(CallSpec.<List<String>>shared("accounts", LaneKey.of("accounts", InMessage.MANAGED_ACCTS),
                            OutMessage.REQ_MANAGED_ACCTS,
                            ConnectionProto.ManagedAccountsRequest.getDefaultInstance())
                    .single(InMessage.MANAGED_ACCTS, ManagedAccounts.class, ConnectionCodec::managedAccounts)).join();
            gateway.get().inject(Fault.notice(-1, 2103, "Market data farm connection is broken:usfarm"));

            assertThat(takeUntil(stream, "DU1234567")).isEqualTo("DU1234567");
            assertThat(takeUntil(stream, "notice 2103")).isEqualTo("notice 2103");
            stream.cancel();
            assertThat(stream.buffer().isTerminated()).isTrue();
        }
    }

    private static Object takeUntil(StreamSource stream, String expected) throws InterruptedException {
        while (true) {
            Object item = stream.buffer().take(Duration.ofSeconds(10).toNanos());
            assertThat(item).isNotNull().isNotInstanceOf(Terminal.class);
            if (item.equals(expected)) {
                return item;
            }
        }
    }
}
