package io.tws4j.marketdata.codec;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tws4j.protocol.proto.MarketDataProto;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.List;

/**
 * The hand-written decoders of the tick path against the generated parsers, on arbitrary bytes:
 * both give the same record, or both fail, and the direct decoder fails only in the ways the frame
 * reader names (an {@link IOException}, an {@link IllegalArgumentException} or a
 * {@link DateTimeException}, which it reports as a malformed message). CI replays the corpus in {@code DirectDecodingFuzzTestInputs}; set
 * {@code JAZZER_FUZZ=1} to search for new inputs.
 */
class DirectDecodingFuzzTest {
    private record Decoder(DirectDecoding.Path generated, DirectDecoding.Path direct) {}

    private static final List<Decoder> DECODERS = List.of(
            new Decoder(b -> MarketDataCodec.tickPrice(MarketDataProto.TickPrice.parseFrom(b)),
                    b -> MarketDataCodec.readTickPrice(DirectDecoding.input(b))),
            new Decoder(b -> MarketDataCodec.tickSize(MarketDataProto.TickSize.parseFrom(b)),
                    b -> MarketDataCodec.readTickSize(DirectDecoding.input(b))),
            new Decoder(b -> MarketDataCodec.tickGeneric(MarketDataProto.TickGeneric.parseFrom(b)),
                    b -> MarketDataCodec.readTickGeneric(DirectDecoding.input(b))),
            new Decoder(b -> MarketDataCodec.tickString(MarketDataProto.TickString.parseFrom(b)),
                    b -> MarketDataCodec.readTickString(DirectDecoding.input(b))),
            new Decoder(b -> MarketDataCodec.tickOptionComputation(MarketDataProto.TickOptionComputation.parseFrom(b)),
                    b -> MarketDataCodec.readTickOptionComputation(DirectDecoding.input(b))),
            new Decoder(b -> TickByTickCodec.tickByTick(MarketDataProto.TickByTickData.parseFrom(b)),
                    b -> TickByTickCodec.readTickByTick(DirectDecoding.input(b))),
            new Decoder(b -> DepthCodec.depth(MarketDataProto.MarketDepthL2.parseFrom(b)),
                    b -> DepthCodec.readDepth(DirectDecoding.input(b))),
            new Decoder(b -> RealTimeBarsCodec.bar(MarketDataProto.RealTimeBarTick.parseFrom(b)),
                    b -> RealTimeBarsCodec.readBar(DirectDecoding.input(b))));

    @FuzzTest(maxDuration = "30s")
    void directDecodersAgreeWithTheGeneratedParsersOrFailByName(FuzzedDataProvider data) {
        Decoder decoder = DECODERS.get(data.consumeInt(0, DECODERS.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        try {
            decoder.direct().decode(body);
        } catch (IOException | IllegalArgumentException | DateTimeException named) {
            // what FrameReader.decodeBody turns into a MalformedMessageException
        } catch (RuntimeException e) {
            throw new AssertionError("the direct decoder failed with an unnamed " + e, e);
        }
        DirectDecoding.assertAgree(body, decoder.generated(), decoder.direct());
    }
}
