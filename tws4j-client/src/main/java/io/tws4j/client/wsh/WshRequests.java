package io.tws4j.client.wsh;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.ProtocolViolationException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.protocol.proto.WshProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.MalformedMessageException;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventRequest;
import io.tws4j.wsh.WshMetadata;
import io.tws4j.wsh.codec.Json;
import io.tws4j.wsh.codec.WshCodec;
import io.tws4j.wsh.codec.WshJson;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The WSH requests: what each sends and what is checked first. Both answers are JSON text,
 * which can be large (years of events), so it is read off the reader thread once it has arrived.
 */
final class WshRequests {

    private WshRequests() {}

    static CompletableFuture<WshMetadata> metadata(Core core) {
        CallSpec<String> spec = CallSpec.<String>byRequestId("WSH metadata", OutMessage.REQ_WSH_META_DATA, WshCodec::metadataRequest)
                .cancel(OutMessage.CANCEL_WSH_META_DATA, WshCodec::cancelMetadata)
                .single(InMessage.WSH_META_DATA, WshProto.WshMetaData.class, WshProto.WshMetaData::getDataJson);
        return read(core.call(spec), InMessage.WSH_META_DATA, WshJson::metadata);
    }

    static CompletableFuture<WshEventData> eventData(Core core,
                                                     WshEventRequest request) {
        try {
            check(request);
        } catch (InvalidRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        CallSpec<String> spec = CallSpec.<String>byRequestId("WSH event data", OutMessage.REQ_WSH_EVENT_DATA,
                        id -> WshCodec.eventDataRequest(id, request))
                .cancel(OutMessage.CANCEL_WSH_EVENT_DATA, WshCodec::cancelEventData)
                .single(InMessage.WSH_EVENT_DATA, WshProto.WshEventData.class, WshProto.WshEventData::getDataJson);
        return read(core.call(spec), InMessage.WSH_EVENT_DATA, WshJson::eventData);
    }

    private static void check(WshEventRequest request) {
        if (request.conId().isPresent() && !request.filter().isEmpty()) {
            throw new InvalidRequestException("a WSH query is by contract or by filter, not both; put the conId in the filter's watchlist");
        }
        if (request.conId().isEmpty() && request.filter().isEmpty()) {
            throw new InvalidRequestException("a WSH query needs a contract (forContract) or a filter (withFilter)");
        }
        if (request.conId().isPresent() && request.conId().getAsInt() <= 0) {
            throw new InvalidRequestException("a conId is positive, not " + request.conId().getAsInt());
        }
        if (!request.filter().isEmpty()) {
            try {
                if (!(Json.parse(request.filter()) instanceof Map<?, ?>)) {
                    throw new InvalidRequestException("a WSH filter is a JSON object, not " + request.filter());
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("the WSH filter is " + e.getMessage());
            }
        }
        if (request.totalLimit().isPresent() && request.totalLimit().getAsInt() <= 0) {
            throw new InvalidRequestException("a WSH limit is positive, not " + request.totalLimit().getAsInt());
        }
        if (request.startDate().isPresent() && request.endDate().isPresent()
                && request.startDate().get().isAfter(request.endDate().get())) {
            throw new InvalidRequestException("the WSH range is empty: " + request.startDate().get() + " is after "
                    + request.endDate().get());
        }
    }

    private static <T> CompletableFuture<T> read(CompletableFuture<String> json, InMessage type, Function<String, T> reader) {
        return json.thenApply(text -> {
            try {
                return reader.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CompletionException(new ProtocolViolationException("TWS's " + type + " JSON cannot be read",
                        new MalformedMessageException(type.wireId(), e.getMessage(), e)));
            }
        });
    }
}
