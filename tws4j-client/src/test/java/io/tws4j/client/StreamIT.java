package io.tws4j.client;

import static io.tws4j.client.NoticeRoutingIT.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.protocol.proto.DisplayGroupsProto.UnsubscribeFromGroupEventsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams cancel exactly once, never drop silently, and honour demand on the async surface. */
class StreamIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void closeSendsTheCancelExactlyOnce() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(5);
            group.next(TestOptions.WAIT).orElseThrow();

            group.close();
            group.close();

            UnsubscribeFromGroupEventsRequest cancel = gateway.get()
                    .takeRequest(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, TestOptions.WAIT).orElseThrow()
                    .body(UnsubscribeFromGroupEventsRequest.class);
            assertThat(cancel.getReqId()).isEqualTo(group.requestId());
            assertThat(gateway.get().takeRequest(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, Duration.ofMillis(300))).isEmpty();
            assertThat(group.next()).isEmpty();
            assertThat(group.isDone()).isTrue();
        }
    }

    @Test
    void slowConsumerGetsEveryBufferedItemThenANamedOverflow() {
        ClientOptions options = TestOptions.against(gateway.get(), 1).streamBufferCapacity(16).build();
        try (TwsClient client = TwsClient.connect(options);
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(6)) {
            for (int conId = 1; conId <= 20; conId++) {
                client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(conId, "SMART"));
            }
            assertThat(gateway.get().takeRequest(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, TestOptions.WAIT)).isPresent();

            int read = 0;
            Iterator<DisplayGroupUpdate> items = group.data().iterator();
            try {
                while (items.hasNext()) {
                    items.next();
                    read++;
                }
            } catch (StreamOverflowException expected) {
                assertThat(expected).hasMessageContaining("16");
            }
            assertThat(read).isEqualTo(16);
            assertThatThrownBy(group::next).isInstanceOf(StreamOverflowException.class);
        }
    }

    @Test
    void dataViewSkipsNoticesAndIteratesData() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(7)) {
            Iterator<DisplayGroupUpdate> updates = group.data().iterator();
            assertThat(updates.next().isEmpty()).isTrue();

            gateway.get().inject(Fault.notice(group.requestId(), 2100, "a warning between two updates"));
            client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(42, "ARCA"));

            DisplayGroupUpdate update = updates.next();
            assertThat(update.conId()).hasValue(42);
            assertThat(update.exchange()).contains("ARCA");
        }
    }

    @Test
    void feedDeliversOnlyWhatWasRequestedOffTheReaderThread() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            RecordingSubscriber<DisplayGroupUpdate> subscriber = new RecordingSubscriber<>(1);
            client.async().subscribeToGroupEvents(1).data().subscribe(subscriber);
            int requestId = gateway.get().takeRequest(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, TestOptions.WAIT).orElseThrow()
                    .body(DisplayGroupsProto.SubscribeToGroupEventsRequest.class).getReqId();
            for (int conId = 1; conId <= 4; conId++) {
                client.updateDisplayGroup(requestId, DisplayGroupUpdate.of(conId, "SMART"));
            }

            await().during(Duration.ofMillis(300)).atMost(TestOptions.WAIT).until(() -> subscriber.items().size() == 1);
            subscriber.request(4);
            await().atMost(TestOptions.WAIT).until(() -> subscriber.items().size() == 5);

            assertThat(subscriber.items()).extracting(update -> update.conId().orElse(0)).containsExactly(0, 1, 2, 3, 4);
            assertThat(subscriber.threads()).allSatisfy(name -> assertThat(name).startsWith("tws4j-feed-"));
            subscriber.cancel();
            assertThat(gateway.get().takeRequest(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, TestOptions.WAIT)).isPresent();
        }
    }

    @Test
    void everyFeedSubscriberOpensItsOwnRequest() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Feed<DisplayGroupUpdate> feed = client.async().subscribeToGroupEvents(2);
            RecordingSubscriber<StreamItem<DisplayGroupUpdate>> first = new RecordingSubscriber<>(10);
            RecordingSubscriber<StreamItem<DisplayGroupUpdate>> second = new RecordingSubscriber<>(10);

            feed.subscribe(first);
            feed.subscribe(second);

            await().atMost(TestOptions.WAIT).until(() -> first.items().size() == 1 && second.items().size() == 1);
            assertThat(data(first.items().get(0)).isEmpty()).isTrue();
            assertThat(gateway.get().takeRequest(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, TestOptions.WAIT)).isPresent();
            assertThat(gateway.get().takeRequest(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, TestOptions.WAIT)).isPresent();
        }
    }

    @Test
    void nonPositiveDemandIsAnErrorPerTheFlowRules() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            RecordingSubscriber<DisplayGroupUpdate> subscriber = new RecordingSubscriber<>(0);
            client.async().subscribeToGroupEvents(3).data().subscribe(subscriber);

            subscriber.request(0);

            await().atMost(TestOptions.WAIT).until(subscriber::isDone);
            assertThat(subscriber.error()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
        }
    }

    @Test
    void closingTheClientEndsItsStreamsNormallyAndRefusesNewRequests() {
        TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
        Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1);
        group.next(TestOptions.WAIT).orElseThrow();

        client.close();

        assertThat(group.next(TestOptions.WAIT)).isEmpty();
        assertThat(group.isDone()).isTrue();
        assertThatThrownBy(client::managedAccounts).isInstanceOf(ClientClosedException.class);
        assertThatThrownBy(() -> client.subscribeToGroupEvents(1)).isInstanceOf(ClientClosedException.class);
        assertThat(client.async().managedAccounts()).failsWithin(TestOptions.WAIT);
    }
}
