package io.tws4j.marketdata.codec;

import com.google.protobuf.CodedInputStream;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.marketdata.DepthOperation;
import io.tws4j.marketdata.DepthSide;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDepthRequest;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthData;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.protocol.wire.FieldTags;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Both directions of market depth ({@code reqMktDepth}). MARKET_DEPTH (one exchange's book) and
 * MARKET_DEPTH_L2 (rows with a market maker, and SMART depth) share one layout, which
 * {@link #readDepth} decodes straight from the frame; a repeated nested row merges, as in the
 * generated classes.
 */
public final class DepthCodec {
    private static final int REQ_ID = FieldTags.varint(1);
    private static final int DATA = FieldTags.lengthDelimited(2);
    private static final int POSITION = FieldTags.varint(1);
    private static final int OPERATION = FieldTags.varint(2);
    private static final int SIDE = FieldTags.varint(3);
    private static final int PRICE = FieldTags.fixed64(4);
    private static final int SIZE = FieldTags.lengthDelimited(5);
    private static final int MARKET_MAKER = FieldTags.lengthDelimited(6);
    private static final int SMART_DEPTH = FieldTags.varint(7);

    private DepthCodec() {}

    /**
     * Decodes a MarketDepth or MarketDepthL2 body.
     *
     * @throws IllegalArgumentException if the operation or side is not one TWS uses, or the size is not a number
     */
    public static DepthUpdate readDepth(CodedInputStream in) throws IOException {
        int requestId = 0;
        int position = 0;
        int operation = 0;
        int side = 0;
        double price = 0;
        BigDecimal size = null;
        String marketMaker = "";
        boolean smartDepth = false;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                requestId = in.readInt32();
            } else if (tag == DATA) {
                int limit = in.pushLimit(in.readRawVarint32());
                for (int field = in.readTag(); field != 0; field = in.readTag()) {
                    if (field == POSITION) {
                        position = in.readInt32();
                    } else if (field == OPERATION) {
                        operation = in.readInt32();
                    } else if (field == SIDE) {
                        side = in.readInt32();
                    } else if (field == PRICE) {
                        price = in.readDouble();
                    } else if (field == SIZE) {
                        size = WireReads.decimalOrUnreadable(in);
                    } else if (field == MARKET_MAKER) {
                        marketMaker = WireReads.cachedString(in);
                    } else if (field == SMART_DEPTH) {
                        smartDepth = in.readBool();
                    } else {
                        in.skipField(field);
                    }
                }
                in.checkLastTagWas(0);
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        BigDecimal readSize = WireReads.readable(size, "a depth row's size");
        return new DepthUpdate(requestId, position, DepthOperation.of(operation), DepthSide.of(side), price,
                readSize == null ? BigDecimal.ZERO : readSize, marketMaker, smartDepth);
    }

    /** Maps a generated MarketDepth to its record, as {@link #readDepth} does from bytes. */
    public static DepthUpdate depth(MarketDataProto.MarketDepth message) {
        return update(message.getReqId(), message.getMarketDepthData());
    }

    /** Maps a generated MarketDepthL2 to its record, as {@link #readDepth} does from bytes. */
    public static DepthUpdate depth(MarketDataProto.MarketDepthL2 message) {
        return update(message.getReqId(), message.getMarketDepthData());
    }

    /** Encodes a row change of one exchange's book (MARKET_DEPTH), leaving the market maker off. */
    public static MarketDataProto.MarketDepth marketDepth(DepthUpdate update) {
        return MarketDataProto.MarketDepth.newBuilder()
                .setReqId(update.requestId())
                .setMarketDepthData(data(update, false))
                .build();
    }

    /** Encodes a row change with its market maker (MARKET_DEPTH_L2), as SMART depth sends it. */
    public static MarketDataProto.MarketDepthL2 marketDepthL2(DepthUpdate update) {
        return MarketDataProto.MarketDepthL2.newBuilder()
                .setReqId(update.requestId())
                .setMarketDepthData(data(update, true))
                .build();
    }

    /** Encodes a market depth request. */
    public static MarketDataProto.MarketDepthRequest marketDepthRequest(int requestId, MarketDepthRequest request) {
        MarketDataProto.MarketDepthRequest.Builder message = MarketDataProto.MarketDepthRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .setNumRows(request.rows());
        if (request.smartDepth()) {
            message.setIsSmartDepth(true);
        }
        return message.build();
    }

    /**
     * Decodes a market depth request, as the gateway reads it.
     *
     * @throws IllegalArgumentException if it asks for no rows
     */
    public static MarketDepthRequest marketDepthRequest(MarketDataProto.MarketDepthRequest message) {
        return new MarketDepthRequest(ContractsCodec.contract(message.getContract()), message.getNumRows(),
                message.getIsSmartDepth());
    }

    /** Encodes the cancel of a depth request; TWS wants to know whether it was SMART depth. */
    public static MarketDataProto.CancelMarketDepth cancelMarketDepth(int requestId, boolean smartDepth) {
        MarketDataProto.CancelMarketDepth.Builder message = MarketDataProto.CancelMarketDepth.newBuilder().setReqId(requestId);
        if (smartDepth) {
            message.setIsSmartDepth(true);
        }
        return message.build();
    }

    private static DepthUpdate update(int requestId, MarketDepthData data) {
        return new DepthUpdate(requestId, data.getPosition(), DepthOperation.of(data.getOperation()),
                DepthSide.of(data.getSide()), data.getPrice(), WireReads.decimalOrZero(data.getSize()), data.getMarketMaker(),
                data.getIsSmartDepth());
    }

    private static MarketDepthData data(DepthUpdate update, boolean withMarketMaker) {
        MarketDepthData.Builder data = MarketDepthData.newBuilder()
                .setPosition(update.position())
                .setOperation(update.operation().id())
                .setSide(update.side().id())
                .setPrice(update.price())
                .setSize(Decimals.format(update.size()));
        if (withMarketMaker && !update.marketMaker().isEmpty()) {
            data.setMarketMaker(update.marketMaker());
        }
        if (update.smartDepth()) {
            data.setIsSmartDepth(true);
        }
        return data.build();
    }
}
