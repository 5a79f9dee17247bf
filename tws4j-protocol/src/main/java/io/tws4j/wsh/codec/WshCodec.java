package io.tws4j.wsh.codec;

import io.tws4j.protocol.proto.WshProto.CancelWshEventData;
import io.tws4j.protocol.proto.WshProto.CancelWshMetaData;
import io.tws4j.protocol.proto.WshProto.WshEventDataRequest;
import io.tws4j.protocol.proto.WshProto.WshMetaData;
import io.tws4j.protocol.proto.WshProto.WshMetaDataRequest;
import io.tws4j.protocol.proto.WshProto;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventRequest;
import io.tws4j.wsh.WshMetadata;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Both directions of the WSH messages. Dates travel as {@code yyyyMMdd}; unset values stay off
 * the wire. The JSON payloads travel as sent and are read by {@link WshJson}.
 */
public final class WshCodec {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private WshCodec() {}

    // ---- metadata

    public static WshMetaDataRequest metadataRequest(int requestId) {
        return WshMetaDataRequest.newBuilder().setReqId(requestId).build();
    }

    public static CancelWshMetaData cancelMetadata(int requestId) {
        return CancelWshMetaData.newBuilder().setReqId(requestId).build();
    }

    public static WshMetaData metadata(int requestId, String json) {
        return WshMetaData.newBuilder().setReqId(requestId).setDataJson(json).build();
    }

    /**
     * Decodes metadata.
     *
     * @throws IllegalArgumentException if its JSON is not JSON
     */
    public static WshMetadata metadata(WshMetaData message) {
        return WshJson.metadata(message.getDataJson());
    }

    // ---- event data

    /** Encodes an event query. */
    public static WshEventDataRequest eventDataRequest(int requestId, WshEventRequest request) {
        WshEventDataRequest.Builder wire = WshEventDataRequest.newBuilder().setReqId(requestId);
        request.conId().ifPresent(wire::setConId);
        if (!request.filter().isEmpty()) {
            wire.setFilter(request.filter());
        }
        flag(request.fillWatchlist(), wire::setFillWatchlist);
        flag(request.fillPortfolio(), wire::setFillPortfolio);
        flag(request.fillCompetitors(), wire::setFillCompetitors);
        request.startDate().ifPresent(day -> wire.setStartDate(day.format(DAY)));
        request.endDate().ifPresent(day -> wire.setEndDate(day.format(DAY)));
        request.totalLimit().ifPresent(wire::setTotalLimit);
        return wire.build();
    }

    /**
     * Decodes an event query.
     *
     * @throws java.time.format.DateTimeParseException if a date is not {@code yyyyMMdd}
     */
    public static WshEventRequest eventRequest(WshEventDataRequest wire) {
        WshEventRequest.Builder request = WshEventRequest.builder()
                .filter(wire.getFilter())
                .fillWatchlist(wire.getFillWatchlist())
                .fillPortfolio(wire.getFillPortfolio())
                .fillCompetitors(wire.getFillCompetitors());
        if (wire.hasConId()) {
            request.conId(wire.getConId());
        }
        if (!wire.getStartDate().isBlank()) {
            request.startDate(LocalDate.parse(wire.getStartDate().strip(), DAY));
        }
        if (!wire.getEndDate().isBlank()) {
            request.endDate(LocalDate.parse(wire.getEndDate().strip(), DAY));
        }
        if (wire.hasTotalLimit()) {
            request.totalLimit(wire.getTotalLimit());
        }
        return request.build();
    }

    public static CancelWshEventData cancelEventData(int requestId) {
        return CancelWshEventData.newBuilder().setReqId(requestId).build();
    }

    public static WshProto.WshEventData eventData(int requestId, String json) {
        return WshProto.WshEventData.newBuilder().setReqId(requestId).setDataJson(json).build();
    }

    /**
     * Decodes event data.
     *
     * @throws IllegalArgumentException if its JSON is not JSON
     */
    public static WshEventData eventData(WshProto.WshEventData message) {
        return WshJson.eventData(message.getDataJson());
    }

    private static void flag(boolean value, Consumer<Boolean> setter) {
        if (value) {
            setter.accept(true);
        }
    }
}
