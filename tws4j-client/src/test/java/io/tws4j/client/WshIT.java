package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.proto.WshProto.WshEventDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventType;
import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.WshMetadata;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Wall Street Horizon metadata and events, by contract and by filter, through both surfaces, with TWS's refusals. */
class WshIT {
    private static final int AAPL = 265598;
    private static final int MSFT = 272093;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 7);

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(
            () -> SimulatedGateway.builder().seed(9).clock(InstantSource.fixed(Instant.parse("2025-03-07T15:00:00Z"))));

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void eventsBeforeMetadataAreRejectedWith10282(WshSurface surface) {
        try (TwsClient client = connect()) {
            assertThatThrownBy(() -> surface.events(client, query -> query.forContract(AAPL)))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(10282);
                        assertThat(e.getMessage()).contains("WSH metadata not requested");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void metadataListsTheEventTypesAndFilters(WshSurface surface) {
        try (TwsClient client = connect()) {
            WshMetadata metadata = surface.metadata(client);

            assertThat(metadata.eventTypes()).extracting(WshEventType::tag)
                    .contains(WshEventTypes.EARNINGS_DATE, WshEventTypes.DIVIDEND, WshEventTypes.SPLIT);
            assertThat(metadata.eventType(WshEventTypes.EARNINGS_DATE).orElseThrow().displayName()).isEqualTo("Earnings Date");
            assertThat(metadata.filters()).extracting(filter -> filter.tag()).contains("watchlist", "country", "limit");
            assertThat(metadata.json()).contains("event_types");
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void theNextEarningsOfAContractIsInItsEvents(WshSurface surface) {
        try (TwsClient client = connect()) {
            surface.metadata(client);
            WshEventData events = surface.events(client, query -> query.forContract(AAPL)
                    .between(TODAY, TODAY.plusMonths(6)).limit(20));

            WshEvent earnings = events.next(WshEventTypes.EARNINGS_DATE, TODAY).orElseThrow();
            assertThat(earnings.date().orElseThrow()).isBetween(TODAY, TODAY.plusMonths(6));
            assertThat(earnings.text("time_of_day").orElseThrow()).isIn("Before Market", "After Market");
            assertThat(events.events()).hasSizeLessThanOrEqualTo(20)
                    .allSatisfy(event -> assertThat(event.conId()).hasValue(AAPL));
            assertThat(events.ofType(WshEventTypes.DIVIDEND)).isNotEmpty();
            WshEventDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_WSH_EVENT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(WshEventDataRequest.class);
            assertThat(sent.getConId()).isEqualTo(AAPL);
            assertThat(sent.getStartDate()).isEqualTo("20250307");
            assertThat(sent.getEndDate()).isEqualTo("20250907");
            assertThat(sent.getTotalLimit()).isEqualTo(20);
            assertThat(sent.hasFilter()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void aFilterSelectsItsWatchlistAndEventTypes(WshSurface surface) {
        try (TwsClient client = connect()) {
            surface.metadata(client);
            WshEventData earnings = surface.events(client, query -> query
                    .withFilter("{\"country\": \"All\", \"watchlist\": [\"" + AAPL + "\", \"" + MSFT + "\"], \"wshe_ed\": \"true\"}")
                    .between(TODAY.minusYears(1), TODAY));

            assertThat(earnings.events()).hasSize(8).allSatisfy(event -> {
                assertThat(event.eventType()).isEqualTo(WshEventTypes.EARNINGS_DATE);
                assertThat(event.conId().getAsInt()).isIn(AAPL, MSFT);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void competitorsAreTheStocksOfTheSameIndustry(WshSurface surface) {
        try (TwsClient client = connect()) {
            surface.metadata(client);
            WshEventData events = surface.events(client, query -> query.forContract(3691937).fillCompetitors()
                    .between(TODAY, TODAY.plusMonths(3)));

            assertThat(events.events()).extracting(event -> event.conId().getAsInt())
                    .contains(3691937, 208813719, 107113386, 15124833);
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void aFilterWithoutContractsIsRejectedWith10309(WshSurface surface) {
        try (TwsClient client = connect()) {
            surface.metadata(client);

            assertThatThrownBy(() -> surface.events(client, query -> query.withFilter("{\"country\": \"All\"}").fillWatchlist()))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(10309);
                        assertThat(e.getMessage()).contains("Invalid WSH event data request");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(WshSurface.class)
    void impossibleQueriesAreRefusedBeforeAnythingIsSent(WshSurface surface) {
        try (TwsClient client = connect()) {
            assertThatThrownBy(() -> surface.events(client, query -> query.limit(5)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("forContract");
            assertThatThrownBy(() -> surface.events(client, query -> query.forContract(AAPL).withFilter("{}")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
            assertThatThrownBy(() -> surface.events(client, query -> query.withFilter("{\"watchlist\": [")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not JSON");
            assertThatThrownBy(() -> surface.events(client, query -> query.withFilter("[1, 2]")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("JSON object");
            assertThatThrownBy(() -> surface.events(client, query -> query.forContract(AAPL).limit(0)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("positive");
            assertThatThrownBy(() -> surface.events(client, query -> query.forContract(AAPL).between(TODAY, TODAY.minusDays(1))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("range is empty");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_WSH_EVENT_DATA, Duration.ofMillis(200))).isEmpty();
        }
    }

    private static TwsClient connect() {
        return TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
    }
}
