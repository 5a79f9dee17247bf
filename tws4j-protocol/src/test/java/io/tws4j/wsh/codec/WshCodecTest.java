package io.tws4j.wsh.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.proto.WshProto;
import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventRequest;
import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.WshMetadata;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** WSH requests survive the wire; metadata and event JSON read into their views. */
class WshCodecTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eventRequestSurvivesTheWire(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        WshEventRequest.Builder request = WshEventRequest.builder()
                .fillWatchlist(random.nextBoolean()).fillPortfolio(random.nextBoolean()).fillCompetitors(random.nextBoolean());
        if (random.nextBoolean()) {
            request.conId(random.nextInt(1, Integer.MAX_VALUE));
        } else {
            request.filter("{\"watchlist\":[\"" + random.nextInt(1, 1_000_000) + "\"],\"wshe_ed\":\"true\"}");
        }
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
        if (random.nextBoolean()) {
            request.startDate(start);
        }
        if (random.nextBoolean()) {
            request.endDate(start.plusDays(random.nextInt(400)));
        }
        if (random.nextBoolean()) {
            request.totalLimit(random.nextInt(1, 500));
        }
        WshEventRequest sent = request.build();

        byte[] bytes = WshCodec.eventDataRequest(21, sent).toByteArray();
        WshProto.WshEventDataRequest decoded = WshProto.WshEventDataRequest.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(21);
        assertThat(WshCodec.eventRequest(decoded)).isEqualTo(sent);
    }

    @Test
    void datesTravelAsBasicIsoAndUnsetValuesStayOff() {
        WshProto.WshEventDataRequest wire = WshCodec.eventDataRequest(1, WshEventRequest.builder().conId(265598)
                .startDate(LocalDate.of(2025, 1, 2)).build());

        assertThat(wire.getStartDate()).isEqualTo("20250102");
        assertThat(wire.hasEndDate()).isFalse();
        assertThat(wire.hasFilter()).isFalse();
        assertThat(wire.hasTotalLimit()).isFalse();
        assertThat(wire.hasFillCompetitors()).isFalse();
    }

    @Test
    void metadataListsEventTypesAndFiltersNestedOrNot() throws Exception {
        String nested = """
                {"meta_data":{"event_types":[{"tag":"wshe_ed","display_name":"Earnings Date"},"wshe_div",{"no":"tag"}],
                  "filters":[{"tag":"watchlist","display_name":"Watchlist"}]}}""";
        String flat = "{\"event_types\":[{\"tag\":\"wshe_splits\",\"display_name\":\"Splits\"}],\"filters\":[]}";

        WshMetadata metadata = WshCodec.metadata(WshProto.WshMetaData.parseFrom(WshCodec.metadata(3, nested).toByteArray()));

        assertThat(metadata.json()).isEqualTo(nested);
        assertThat(metadata.eventTypes()).extracting(type -> type.tag() + "=" + type.displayName())
                .containsExactly("wshe_ed=Earnings Date", "wshe_div=wshe_div");
        assertThat(metadata.filters()).extracting(filter -> filter.tag()).containsExactly("watchlist");
        assertThat(WshJson.metadata(flat).eventType(WshEventTypes.SPLIT)).isPresent();
    }

    @Test
    void eventsReadTheirTypeDateAndData() throws Exception {
        String json = """
                [{"event_type":"wshe_ed","index_date":"20250130","data":{"earnings_date":"20250130","time_of_day":"After Market",
                   "company":{"conid":265598,"contract":"AAPL"},"eps_estimate":2.35}},
                 {"event_type":"wshe_div","index_date":20250210,"data":{"ex_div_date":"2025-02-10","dividend_oc":0.25}},
                 {"event_type":"wshe_ed","index_date":"20250501","data":{}},
                 {"no_type":true}]""";

        WshEventData data = WshCodec.eventData(WshProto.WshEventData.parseFrom(WshCodec.eventData(4, json).toByteArray()));

        assertThat(data.events()).hasSize(3);
        WshEvent earnings = data.events().getFirst();
        assertThat(earnings.date()).contains(LocalDate.of(2025, 1, 30));
        assertThat(earnings.text("time_of_day")).contains("After Market");
        assertThat(earnings.text("eps_estimate")).contains("2.35");
        assertThat(earnings.conId()).hasValue(265598);
        assertThat(data.events().get(1).date("ex_div_date")).contains(LocalDate.of(2025, 2, 10));
        assertThat(data.events().get(1).date()).contains(LocalDate.of(2025, 2, 10));
        assertThat(data.next(WshEventTypes.EARNINGS_DATE, LocalDate.of(2025, 2, 1)).orElseThrow().date())
                .contains(LocalDate.of(2025, 5, 1));
        assertThat(data.ofType(WshEventTypes.SPLIT)).isEmpty();
    }

    @Test
    void notJsonIsRefusedByName() {
        assertThatThrownBy(() -> WshCodec.eventData(WshCodec.eventData(1, "{\"events\": [")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON");
        assertThat(WshJson.eventData("{\"events\":[]}").events()).isEmpty();
    }
}
