package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.news.NewsBulletin;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Id-less streams: one request at TWS serves every subscriber; the last one out cancels it. */
class SharedStreamIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void everySubscriberSeesEveryBulletinAndTheLastOneOutCancels() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Subscription<NewsBulletin> first = client.newsBulletins(true);
            assertThat(data(first).message()).startsWith("Welcome");
            Subscription<NewsBulletin> second = client.newsBulletins(false);

            gateway.get().publishBulletin(NewsBulletin.Type.EXCHANGE_UNAVAILABLE, "Trading on ISLAND halted", "ISLAND");

            for (Subscription<NewsBulletin> subscription : List.of(first, second)) {
                NewsBulletin bulletin = data(subscription);
                assertThat(bulletin.type()).isEqualTo(NewsBulletin.Type.EXCHANGE_UNAVAILABLE);
                assertThat(bulletin.exchange()).isEqualTo("ISLAND");
            }
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, Duration.ofMillis(200))).isEmpty();

            first.close();
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_NEWS_BULLETINS, Duration.ofMillis(300))).isEmpty();
            gateway.get().publishBulletin(NewsBulletin.Type.REGULAR, "still subscribed", "");
            assertThat(data(second).message()).isEqualTo("still subscribed");

            second.close();
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
        }
    }

    @Test
    void subscribingAfterTheLastLeftSendsTheRequestAgain() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            client.newsBulletins(false).close();
            try (Subscription<NewsBulletin> again = client.newsBulletins(true)) {
                assertThat(data(again).message()).startsWith("Welcome");
            }
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
        }
    }

    @Test
    void aLostConnectionKeepsEverySubscriberAndSendsTheOneRequestAgain() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Items<NewsBulletin> first = Items.of(client.newsBulletins(false));
             Items<NewsBulletin> second = Items.of(client.async().newsBulletins(false))) {
            gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            for (Items<NewsBulletin> subscriber : List.of(first, second)) {
                Gaps.interrupted(subscriber);
                Gaps.resumed(subscriber, false, false);
            }
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
            NewsBulletin toFirst = Gaps.nextData(first, () -> gateway.get().publishBulletin(NewsBulletin.Type.REGULAR, "back", ""));
            assertThat(toFirst.message()).isEqualTo("back");
            assertThat(second.nextData(bulletin -> true).message()).isEqualTo("back");
        }
    }

    @Test
    void withResumingOffALostConnectionResetsEverySubscriber() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).resumeStreams(false).build());
             Subscription<NewsBulletin> first = client.newsBulletins(false);
             Subscription<NewsBulletin> second = client.newsBulletins(false)) {
            gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.disconnect());

            assertThatThrownBy(() -> first.next(TestOptions.WAIT)).isInstanceOf(ConnectionResetException.class);
            assertThatThrownBy(() -> second.next(TestOptions.WAIT)).isInstanceOf(ConnectionResetException.class);
            await().atMost(TestOptions.WAIT).until(client::isConnected);
            try (Subscription<NewsBulletin> renewed = client.newsBulletins(false)) {
                assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT)).isPresent();
                // The gateway records a request before it acts on it: publish until the subscription is in place.
                await().atMost(TestOptions.WAIT).untilAsserted(() -> {
                    gateway.get().publishBulletin(NewsBulletin.Type.EXCHANGE_AVAILABLE, "ISLAND back", "ISLAND");
                    assertThat(renewed.next(Duration.ofMillis(50))).hasValueSatisfying(item ->
                            assertThat(NoticeRoutingIT.data(item).type()).isEqualTo(NewsBulletin.Type.EXCHANGE_AVAILABLE));
                });
            }
        }
    }

    @Test
    void asyncFeedJoinsTheSameSharedRequest() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<NewsBulletin> blocking = client.newsBulletins(false)) {
            RecordingSubscriber<NewsBulletin> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
            client.async().newsBulletins(false).data().subscribe(subscriber);
            gateway.get().takeRequest(OutMessage.REQ_NEWS_BULLETINS, TestOptions.WAIT).orElseThrow();
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().engine().sessions().size() == 1);

            await().atMost(TestOptions.WAIT).untilAsserted(() -> {
                gateway.get().publishBulletin(NewsBulletin.Type.REGULAR, "to both", "");
                assertThat(subscriber.items()).isNotEmpty();
            });

            assertThat(subscriber.items().get(0).message()).isEqualTo("to both");
            assertThat(data(blocking).message()).isEqualTo("to both");
        }
    }

    private static NewsBulletin data(Subscription<NewsBulletin> subscription) {
        return NoticeRoutingIT.data(subscription.next(TestOptions.WAIT).orElseThrow());
    }
}
