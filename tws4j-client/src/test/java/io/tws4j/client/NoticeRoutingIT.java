package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.connection.Notice;
import io.tws4j.connection.NoticeCategory;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.protocol.proto.DisplayGroupsProto;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notices reach the request they name, or the connection-wide stream when they name none. */
class NoticeRoutingIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void globalNoticesReachEveryNoticeStream() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> first = client.notices();
             Subscription<Notice> second = client.notices()) {
            gateway.get().inject(Fault.notice(-1, 1100, "Connectivity between IB and Trader Workstation has been lost."));

            for (Subscription<Notice> notices : List.of(first, second)) {
                Notice notice = nextWithCode(notices, 1100);
                assertThat(notice.category()).isEqualTo(NoticeCategory.CONNECTIVITY);
                assertThat(notice.isGlobal()).isTrue();
            }
        }
    }

    @Test
    void warningWithARequestIdIsANoticeOnThatStreamWhichGoesOn() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(3)) {
            assertThat(data(group.next(TestOptions.WAIT).orElseThrow()).isEmpty()).isTrue();

            gateway.get().inject(Fault.notice(group.requestId(), 2100, "API client has been unsubscribed from account data."));
            StreamItem<DisplayGroupUpdate> item = group.next(TestOptions.WAIT).orElseThrow();
            assertThat(item).isInstanceOfSatisfying(StreamItem.Notice.class,
                    notice -> assertThat(notice.notice().code()).isEqualTo(2100));

            client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(265598, "SMART"));
            assertThat(data(group.next(TestOptions.WAIT).orElseThrow()).conId()).hasValue(265598);
        }
    }

    @Test
    void errorWithARequestIdEndsThatStreamOnly() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<DisplayGroupUpdate> failing = client.subscribeToGroupEvents(1);
             Subscription<DisplayGroupUpdate> healthy = client.subscribeToGroupEvents(2)) {
            failing.next(TestOptions.WAIT).orElseThrow();
            healthy.next(TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.notice(failing.requestId(), 10225, "Bust event occurred, current subscription is deactivated."));

            assertThatThrownBy(() -> failing.next(TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(10225);
                        assertThat(e.notice().requestId()).isEqualTo(failing.requestId());
                    });
            client.updateDisplayGroup(healthy.requestId(), DisplayGroupUpdate.of(8314, "SMART"));
            assertThat(data(healthy.next(TestOptions.WAIT).orElseThrow()).conId()).hasValue(8314);
        }
    }

    @Test
    void twsAcknowledgingACancelIsNoNewsButAnErrorForAnotherIdIs() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> notices = client.notices()) {
            Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(4);
            group.next(TestOptions.WAIT).orElseThrow();
            group.close();
            gateway.get().takeRequest(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, TestOptions.WAIT).orElseThrow();

            gateway.get().inject(Fault.notice(group.requestId(), 162, "Historical Market Data Service error message:cancelled"));
            gateway.get().inject(Fault.notice(group.requestId() + 1_000, 162, "Historical Market Data Service error message:other"));

            Notice published = nextWithCode(notices, 162);
            assertThat(published.requestId()).isEqualTo(group.requestId() + 1_000);
        }
    }

    @Test
    void rejectionOfAOneShotFailsItsFutureWithTheCode() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            assertThatThrownBy(() -> client.subscribeToGroupEvents(99).next(TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(321));
        }
    }

    @Test
    void connectionWideErrorFailsTheIdLessRequestInFlightInsteadOfLeavingItToTimeOut() {
        // the gateway is still stalled when the client closes: no point waiting long for it to close its side
        ClientOptions options = TestOptions.against(gateway.get(), 1).closeGracePeriod(Duration.ofMillis(100)).build();
        try (TwsClient client = TwsClient.connect(options)) {
            gateway.get().inject(Fault.stall(Duration.ofSeconds(30)));
            CompletableFuture<List<String>> accounts = client.async().managedAccounts();
            await().during(Duration.ofMillis(200)).atMost(TestOptions.WAIT).until(() -> !accounts.isDone());

            gateway.get().inject(Fault.notice(-1, 321, "Error validating request.-'REQ_MANAGED_ACCTS' : cause - not allowed"));

            assertThat(accounts).failsWithin(TestOptions.WAIT).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(321));
        }
    }

    @Test
    void noticeForAFinishedRequestStillReachesTheNoticeStream() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> notices = client.notices()) {
            gateway.get().inject(Fault.notice(424_242, 2100, "late warning"));

            Notice notice = nextWithCode(notices, 2100);
            assertThat(notice.requestId()).isEqualTo(424_242);
        }
    }

    @Test
    void asyncFeedDeliversNoticesAsItemsAndEndsOnError() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            RecordingSubscriber<StreamItem<DisplayGroupUpdate>> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
            client.async().subscribeToGroupEvents(4).subscribe(subscriber);
            int requestId = gateway.get().takeRequest(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, TestOptions.WAIT).orElseThrow()
                    .body(DisplayGroupsProto.SubscribeToGroupEventsRequest.class).getReqId();
            await().atMost(TestOptions.WAIT).until(() -> subscriber.items().size() == 1);

            gateway.get().inject(Fault.notice(requestId, 2100, "a warning"));
            // an error drops what is still queued ahead of it, so the warning is read first
            await().atMost(TestOptions.WAIT).until(() -> subscriber.items().size() == 2);
            gateway.get().inject(Fault.notice(requestId, 200, "No security definition has been found for the request"));

            await().atMost(TestOptions.WAIT).until(subscriber::isDone);
            assertThat(subscriber.items()).hasSize(2);
            assertThat(subscriber.items().get(1)).isInstanceOf(StreamItem.Notice.class);
            assertThat(subscriber.error()).isInstanceOf(RequestRejectedException.class);
        }
    }

    static <T> T data(StreamItem<T> item) {
        assertThat(item).isInstanceOf(StreamItem.Data.class);
        return ((StreamItem.Data<T>) item).value();
    }

    /** Reads notices until one with {@code code}; others (the start-up's farm status, say) may come first. */
    static Notice nextWithCode(Subscription<Notice> notices, int code) {
        while (true) {
            Notice notice = data(notices.next(TestOptions.WAIT).orElseThrow());
            if (notice.code() == code) {
                return notice;
            }
        }
    }
}
