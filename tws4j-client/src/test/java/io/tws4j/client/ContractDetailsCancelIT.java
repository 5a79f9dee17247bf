package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.protocol.proto.ContractsProto.CancelContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling a contract-details future cancels the request at TWS once, from server version 215;
 * older gateways have no cancel, so nothing is sent. The gateway is stalled so that the request is
 * still unanswered when its future is cancelled.
 */
class ContractDetailsCancelIT {
    private static final Duration STALL = Duration.ofMillis(600);

    @RegisterExtension
    static final SimulatedGatewayExtension current = SimulatedGatewayExtension.perClass();
    @RegisterExtension
    static final SimulatedGatewayExtension version214 = SimulatedGatewayExtension.perClass(
            () -> SimulatedGateway.builder().maxServerVersion(214));

    @Test
    void cancellingTheFutureSendsTheCancelOnce() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(current.get(), 1).build())) {
            CompletableFuture<List<ContractDetails>> details = unansweredDetails(current.get(), client);

            assertThat(details.cancel(true)).isTrue();

            CancelContractData cancel = current.get().takeRequest(OutMessage.CANCEL_CONTRACT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(CancelContractData.class);
            int requestId = current.get().takeRequest(OutMessage.REQ_CONTRACT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(ContractDataRequest.class).getReqId();
            assertThat(cancel.getReqId()).isEqualTo(requestId);
            assertThat(current.get().takeRequest(OutMessage.CANCEL_CONTRACT_DATA, Duration.ofMillis(300))).isEmpty();
            assertThat(details).isCancelled();
            assertThat(client.contractDetails(Contract.stock("MSFT").build())).hasSize(1);
        }
    }

    @Test
    void belowServerVersion215NothingIsSent() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(version214.get(), 1).build())) {
            assertThat(client.serverVersion()).isEqualTo(214);
            CompletableFuture<List<ContractDetails>> details = unansweredDetails(version214.get(), client);

            details.cancel(true);

            assertThat(version214.get().takeRequest(OutMessage.REQ_CONTRACT_DATA, TestOptions.WAIT)).isPresent();
            assertThat(version214.get().takeRequest(OutMessage.CANCEL_CONTRACT_DATA, Duration.ofMillis(300))).isEmpty();
            assertThat(details).isCancelled();
        }
    }

    /** Stalls the gateway's reading of this client, then asks for details, which stay unanswered until the stall ends. */
    private static CompletableFuture<List<ContractDetails>> unansweredDetails(SimulatedGateway gateway, TwsClient client) {
        drain(gateway);
        gateway.inject(client.connectionInfo().clientId(), Fault.stall(STALL));
        CompletableFuture<List<ContractDetails>> details = client.async().contractDetails(Contract.stock("AAPL").build());
        await().during(Duration.ofMillis(100)).atMost(TestOptions.WAIT).until(() -> !details.isDone());
        return details;
    }

    private static void drain(SimulatedGateway gateway) {
        while (gateway.takeRequest(Duration.ZERO).isPresent()) {
            // earlier tests' requests
        }
    }
}
