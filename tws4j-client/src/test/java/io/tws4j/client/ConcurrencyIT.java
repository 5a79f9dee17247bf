package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Id-less requests made at the same time each get the answer to their own request. */
class ConcurrencyIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void concurrentIdLessRequestsEachGetTheirOwnAnswer() throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> ids = new ArrayList<>();
            List<Future<List<String>>> accounts = new ArrayList<>();
            List<Future<Instant>> times = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ids.add(threads.submit(client::nextValidOrderId));
                accounts.add(threads.submit(client::managedAccounts));
                times.add(threads.submit(client::currentTimeMillis));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(ids.get(i).get()).isEqualTo(1);
                assertThat(accounts.get(i).get()).containsExactly("DU1234567");
                assertThat(times.get(i).get()).isNotNull();
            }
            assertThat(countRequests(OutMessage.REQ_IDS)).isEqualTo(16);
            assertThat(countRequests(OutMessage.REQ_MANAGED_ACCTS)).isEqualTo(16);
            assertThat(countRequests(OutMessage.REQ_CURRENT_TIME_IN_MILLIS)).isEqualTo(16);
            assertThat(client.async().isConnected()).isTrue();
        }
    }

    @Test
    void concurrentCurrentTimeRequestsAreSpacedSoTwsAnswersEach() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<CompletableFuture<Instant>> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                times.add(client.async().currentTime());
            }

            assertThat(CompletableFuture.allOf(times.toArray(CompletableFuture[]::new))).succeedsWithin(TestOptions.WAIT);
            List<Instant> received = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                received.add(gateway.get().takeRequest(OutMessage.REQ_CURRENT_TIME, TestOptions.WAIT).orElseThrow().receivedAt());
            }
            assertThat(Duration.between(received.get(0), received.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
        }
    }

    @Test
    void futuresNeverCompleteOnTheReaderThread() throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            String thread = client.async().managedAccounts().thenApply(accounts -> Thread.currentThread().getName()).get();

            assertThat(thread).doesNotStartWith("tws4j-reader");
        }
    }

    private static int countRequests(OutMessage type) {
        int count = 0;
        while (gateway.get().takeRequest(type, Duration.ZERO).isPresent()) {
            count++;
        }
        return count;
    }
}
