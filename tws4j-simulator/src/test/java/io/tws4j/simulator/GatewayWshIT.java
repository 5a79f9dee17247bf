package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.WshProto.WshEventData;
import io.tws4j.protocol.proto.WshProto.WshEventDataRequest;
import io.tws4j.protocol.proto.WshProto.WshMetaData;
import io.tws4j.protocol.proto.WshProto.WshMetaDataRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.codec.WshJson;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WSH on the wire, spoken to by a raw client: metadata first, then events by conId or by filter. */
class GatewayWshIT {
    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().seed(2).startTime(Instant.parse("2025-03-07T15:00:00Z")).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void eventsBeforeMetadataAreRefusedWith10282() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_WSH_EVENT_DATA, WshEventDataRequest.newBuilder().setReqId(4).setConId(265598).build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(4);
            assertThat(error.getErrorCode()).isEqualTo(10282);
            assertThat(error.getErrorMsg()).isEqualTo("WSH metadata not requested");
        }
    }

    @Test
    void metadataThenEventsOfAContractInARange() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_WSH_META_DATA, WshMetaDataRequest.newBuilder().setReqId(1).build());
            assertThat(client.next()).isEqualTo(InMessage.WSH_META_DATA);
            String metadata = client.body(WshMetaData.parser()).getDataJson();

            client.send(OutMessage.REQ_WSH_EVENT_DATA, WshEventDataRequest.newBuilder().setReqId(2).setConId(265598)
                    .setStartDate("20250307").setEndDate("20251231").setTotalLimit(5).build());
            assertThat(client.next()).isEqualTo(InMessage.WSH_EVENT_DATA);
            WshEventData events = client.body(WshEventData.parser());

            assertThat(WshJson.metadata(metadata).eventTypes()).extracting(type -> type.tag())
                    .contains(WshEventTypes.EARNINGS_DATE, WshEventTypes.DIVIDEND, WshEventTypes.SPLIT);
            assertThat(events.getReqId()).isEqualTo(2);
            var data = WshJson.eventData(events.getDataJson());
            assertThat(data.events()).hasSize(5).allSatisfy(event -> {
                assertThat(event.conId()).hasValue(265598);
                assertThat(event.date().orElseThrow()).isBetween(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 12, 31));
            });
            assertThat(data.ofType(WshEventTypes.EARNINGS_DATE)).isNotEmpty();
        }
    }

    @Test
    void aFilterSelectsWatchlistAndEventTypesAndAQueryOfNothingIs10309() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_WSH_META_DATA, WshMetaDataRequest.newBuilder().setReqId(1).build());
            client.next();
            client.reader.finish();

            client.send(OutMessage.REQ_WSH_EVENT_DATA, WshEventDataRequest.newBuilder().setReqId(2)
                    .setFilter("{\"country\":\"All\",\"watchlist\":[\"265598\",272093],\"wshe_ed\":\"true\",\"limit\":10}").build());
            assertThat(client.next()).isEqualTo(InMessage.WSH_EVENT_DATA);
            var data = WshJson.eventData(client.body(WshEventData.parser()).getDataJson());
            client.send(OutMessage.REQ_WSH_EVENT_DATA, WshEventDataRequest.newBuilder().setReqId(3).setFillWatchlist(true)
                    .setFillPortfolio(true).build());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage invalid = client.body(ErrorMessage.parser());

            assertThat(data.events()).hasSize(10).allSatisfy(event -> {
                assertThat(event.eventType()).isEqualTo(WshEventTypes.EARNINGS_DATE);
                assertThat(event.conId().getAsInt()).isIn(265598, 272093);
            });
            assertThat(invalid.getId()).isEqualTo(3);
            assertThat(invalid.getErrorCode()).isEqualTo(10309);
            assertThat(invalid.getErrorMsg()).isEqualTo("Invalid WSH event data request.");
        }
    }
}
