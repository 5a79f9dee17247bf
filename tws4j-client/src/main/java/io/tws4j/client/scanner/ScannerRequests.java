package io.tws4j.client.scanner;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.ProtocolViolationException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.LaneKey;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.protocol.proto.ScannerProto;
import io.tws4j.protocol.proto.ScannerProto.ScannerData;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.MalformedMessageException;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;
import io.tws4j.scanner.codec.ScannerCodec;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The scanner requests: what each sends, what its replies become, and what is checked before anything is sent. */
final class ScannerRequests {
    /** Scanner parameters have no request id: one is asked at a time. */
    static final LaneKey PARAMETERS = LaneKey.of("scanner parameters", InMessage.SCANNER_PARAMETERS);
    static final int MAX_ROWS = 50;

    private ScannerRequests() {}

    /** A builder with the query's defaults: US stocks on the listed exchanges. */
    static ScannerSubscription.Builder defaults(ScanCode scanCode) {
        return ScannerSubscription.builder(scanCode).instrument(ScannerSubscriptionQuery.DEFAULT_INSTRUMENT)
                .locationCode(ScannerSubscriptionQuery.DEFAULT_LOCATION);
    }

    /** The XML travels as text; it is parsed by {@link #parsed} off the reader thread, being large. */
    static CallSpec<String> parametersXml() {
        return CallSpec.<String>shared("scanner parameters", PARAMETERS, OutMessage.REQ_SCANNER_PARAMETERS,
                        ScannerCodec.parametersRequest())
                .single(InMessage.SCANNER_PARAMETERS, ScannerProto.ScannerParameters.class, ScannerCodec::parametersXml);
    }

    /** Parses the XML once it has arrived; XML that is not scanner parameters fails the future by name. */
    static CompletableFuture<ScannerParameters> parsed(CompletableFuture<String> xml) {
        return xml.thenApply(text -> {
            try {
                return ScannerParameters.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CompletionException(new ProtocolViolationException("TWS's scanner parameters cannot be read",
                        new MalformedMessageException(InMessage.SCANNER_PARAMETERS.wireId(), e.getMessage(), e)));
            }
        });
    }

    static StreamSpec<ScanResult> subscription(ScannerSubscription subscription) {
        check(subscription);
        return StreamSpec.<ScanResult>byRequestId("scanner subscription " + subscription.scanCode(),
                        OutMessage.REQ_SCANNER_SUBSCRIPTION, id -> ScannerCodec.subscriptionRequest(id, subscription))
                .cancel(OutMessage.CANCEL_SCANNER_SUBSCRIPTION, ScannerCodec::cancel)
                .on(InMessage.SCANNER_DATA, ScannerData.class, (message, sink) -> sink.next(ScannerCodec.result(message)))
                .build();
    }

    /** Refuses what no TWS accepts; TWS checks the rest (scan codes, locations, filter tags) and answers 162. */
    private static void check(ScannerSubscription subscription) {
        if (subscription.scanCode().code().isEmpty()) {
            throw new InvalidRequestException("a scanner subscription needs a scan code, e.g. ScanCode.TOP_PERC_GAIN");
        }
        if (subscription.instrument().isEmpty() || subscription.locationCode().isEmpty()) {
            throw new InvalidRequestException("a scanner subscription needs an instrument and a location, e.g. STK and STK.US.MAJOR");
        }
        subscription.numberOfRows().ifPresent(rows -> {
            if (rows < 1 || rows > MAX_ROWS) {
                throw new InvalidRequestException("a scan returns 1 to " + MAX_ROWS + " rows, not " + rows);
            }
        });
        range(subscription.abovePrice(), subscription.belowPrice(), "price");
        range(subscription.marketCapAbove(), subscription.marketCapBelow(), "market cap");
        subscription.aboveVolume().ifPresent(volume -> {
            if (volume < 0) {
                throw new InvalidRequestException("the least volume must not be negative, not " + volume);
            }
        });
        for (Map.Entry<String, String> filter : subscription.filterOptions().entrySet()) {
            if (filter.getKey().isBlank() || filter.getValue().isBlank()) {
                throw new InvalidRequestException("a scanner filter needs a tag and a value; got '" + filter.getKey() + "' = '"
                        + filter.getValue() + "'");
            }
        }
    }

    private static void range(OptionalDouble above, OptionalDouble below, String what) {
        for (OptionalDouble bound : new OptionalDouble[] {above, below}) {
            if (bound.isPresent() && !(bound.getAsDouble() >= 0 && Double.isFinite(bound.getAsDouble()))) {
                throw new InvalidRequestException("a " + what + " bound must be a number 0 or more, not " + bound.getAsDouble());
            }
        }
        if (above.isPresent() && below.isPresent() && above.getAsDouble() > below.getAsDouble()) {
            throw new InvalidRequestException("the " + what + " range is empty: above " + above.getAsDouble() + " and below "
                    + below.getAsDouble());
        }
    }
}
