package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.marketdata.Tick;
import io.tws4j.protocol.proto.DisplayGroupsProto.SubscribeToGroupEventsRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code Flow} subscriber learns that its stream ended without asking for anything (Reactive
 * Streams rule 1.4): an error at once, items still queued dropped; a normal end after the items
 * queued before it.
 */
class FlowTerminalSignalsIT {
    /** Longer than it takes a feed to signal, short enough to keep the suite quick. */
    private static final Duration NOTHING_MORE = Duration.ofMillis(300);

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void anOverflowReachesASubscriberThatRequestedNothing() {
        ClientOptions options = TestOptions.against(gateway.get(), 1).streamBufferCapacity(16).build();
        try (TwsClient client = TwsClient.connect(options)) {
            RecordingSubscriber<DisplayGroupUpdate> subscriber = new RecordingSubscriber<>(0);
            client.async().subscribeToGroupEvents(6).data().subscribe(subscriber);
            int requestId = subscribedRequestId();

            for (int conId = 1; conId <= 20; conId++) {
                client.updateDisplayGroup(requestId, DisplayGroupUpdate.of(conId, "SMART"));
            }

            await().atMost(TestOptions.WAIT).until(subscriber::isDone);
            assertThat(subscriber.error()).isInstanceOf(StreamOverflowException.class).hasMessageContaining("16");
            assertThat(subscriber.items()).as("the 16 queued items are dropped, not delivered first").isEmpty();
            subscriber.request(100);
            await().during(NOTHING_MORE).atMost(TestOptions.WAIT).until(() -> subscriber.items().isEmpty());
        }
    }

    @Test
    void aLostConnectionReachesASubscriberThatRequestedNothing() {
        ClientOptions options = TestOptions.against(gateway.get(), 1).reconnect(ReconnectPolicy.disabled()).build();
        try (TwsClient client = TwsClient.connect(options)) {
            RecordingSubscriber<StreamItem<DisplayGroupUpdate>> subscriber = new RecordingSubscriber<>(0);
            client.async().subscribeToGroupEvents(2).subscribe(subscriber);
            subscribedRequestId();

            gateway.get().inject(Fault.disconnect());

            await().atMost(TestOptions.WAIT).until(subscriber::isDone);
            assertThat(subscriber.error()).isInstanceOf(ConnectionLostException.class);
            assertThat(subscriber.items()).isEmpty();
        }
    }

    @Test
    void aRejectionReachesASubscriberThatRequestedNothing() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            RecordingSubscriber<Tick> subscriber = new RecordingSubscriber<>(0);

            client.async().marketData(Contract.stock("NOSUCH").build()).subscribe().data().subscribe(subscriber);

            await().atMost(TestOptions.WAIT).until(subscriber::isDone);
            assertThat(subscriber.error()).isInstanceOfSatisfying(RequestRejectedException.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(200));
        }
    }

    @Test
    void aNormalEndWithNothingQueuedCompletesASubscriberThatRequestedNothing() {
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
        // the gateway's start-up notices (farm status) come before this answer, so none is queued for the feed
        assertThat(client.currentTimeMillis()).isNotNull();
        RecordingSubscriber<Notice> subscriber = new RecordingSubscriber<>(0);
        client.async().notices().data().subscribe(subscriber);

        client.close();

        await().atMost(TestOptions.WAIT).until(subscriber::isCompleted);
        assertThat(subscriber.items()).isEmpty();
        assertThat(subscriber.error()).isNull();
    }

    @Test
    void aNormalEndComesAfterTheItemsQueuedBeforeIt() {
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
        RecordingSubscriber<DisplayGroupUpdate> subscriber = new RecordingSubscriber<>(0);
        client.async().subscribeToGroupEvents(3).data().subscribe(subscriber);
        subscribedRequestId();
        // the gateway answers in order: once this answer is in, so is the group's first update
        assertThat(client.currentTimeMillis()).isNotNull();

        client.close();

        await().during(NOTHING_MORE).atMost(TestOptions.WAIT).until(() -> !subscriber.isDone());
        subscriber.request(1);
        await().atMost(TestOptions.WAIT).until(subscriber::isCompleted);
        assertThat(subscriber.items()).hasSize(1);
    }

    private static int subscribedRequestId() {
        return gateway.get().takeRequest(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, TestOptions.WAIT).orElseThrow()
                .body(SubscribeToGroupEventsRequest.class).getReqId();
    }
}
