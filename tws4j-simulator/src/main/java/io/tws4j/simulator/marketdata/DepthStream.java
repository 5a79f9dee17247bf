package io.tws4j.simulator.marketdata;

import io.tws4j.marketdata.DepthOperation;
import io.tws4j.marketdata.DepthSide;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.codec.DepthCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.market.DepthBook;
import io.tws4j.simulator.market.DepthLevel;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.MarketFeed;
import io.tws4j.simulator.market.Quote;
import java.time.Instant;
import java.util.List;

/**
 * One market depth request ({@code reqMktDepth}): the model's book, {@code rows} deep, sent as
 * inserts, then kept current: at each new quote the new book is compared row by row with the one
 * the client holds, and only the differences go out (updates, inserts at the end, deletes from the
 * end), so that a client applying them in order holds exactly the model's book, and never a
 * crossed one in between. A SMART book
 * names the exchange of each row and travels as MARKET_DEPTH_L2; one exchange's book travels as
 * MARKET_DEPTH, without market makers. While the market is closed the book is empty.
 */
final class DepthStream extends FeedStream {
    private final int requestId;
    private final InstrumentMarket market;
    private final int rows;
    private final boolean smartDepth;
    private final String exchange;
    private DepthBook sent;

    private DepthStream(ClientSession session, int requestId, InstrumentMarket market, int rows, boolean smartDepth,
                        String exchange) {
        super(session);
        this.requestId = requestId;
        this.market = market;
        this.rows = rows;
        this.smartDepth = smartDepth;
        this.exchange = exchange;
    }

    /** Starts the book of {@code exchange} (or every exchange's, with {@code smartDepth}). */
    static DepthStream start(ClientSession session, int requestId, InstrumentMarket market, int rows, boolean smartDepth,
                             String exchange) {
        DepthStream stream = new DepthStream(session, requestId, market, rows, smartDepth, exchange);
        synchronized (stream) {
            MarketFeed feed = stream.listen(market.subscribe(stream));
            stream.sent = DepthBook.empty(feed.start());
            stream.publish(feed.start());
        }
        return stream;
    }

    @Override
    void event(MarketEvent event) {
        if (event instanceof Quote) {
            publish(event.time());
        }
    }

    /**
     * Sends the differences to the new book: the side moving away first (the asks when the bids
     * rise to them, else the bids), so that a client applying the updates one by one never holds
     * a crossed book.
     */
    private void publish(Instant at) {
        DepthBook book = market.depthAt(at, rows);
        boolean rising = !book.bids().isEmpty() && !sent.asks().isEmpty()
                && book.bids().getFirst().price() >= sent.asks().getFirst().price();
        if (rising) {
            diff(DepthSide.ASK, sent.asks(), book.asks());
            diff(DepthSide.BID, sent.bids(), book.bids());
        } else {
            diff(DepthSide.BID, sent.bids(), book.bids());
            diff(DepthSide.ASK, sent.asks(), book.asks());
        }
        session.flush();
        sent = book;
    }

    private void diff(DepthSide side, List<DepthLevel> before, List<DepthLevel> after) {
        int common = Math.min(before.size(), after.size());
        for (int position = 0; position < common; position++) {
            DepthLevel old = before.get(position);
            DepthLevel now = after.get(position);
            if (old.price() != now.price() || old.size().compareTo(now.size()) != 0 || !marketMaker(old).equals(marketMaker(now))) {
                send(position, DepthOperation.UPDATE, side, now);
            }
        }
        for (int position = common; position < after.size(); position++) {
            send(position, DepthOperation.INSERT, side, after.get(position));
        }
        for (int position = before.size() - 1; position >= after.size(); position--) {
            send(position, DepthOperation.DELETE, side, before.get(position));
        }
    }

    private void send(int position, DepthOperation operation, DepthSide side, DepthLevel level) {
        DepthUpdate update = new DepthUpdate(requestId, position, operation, side, level.price(), level.size(),
                marketMaker(level), smartDepth);
        if (smartDepth) {
            session.sendBuffered(InMessage.MARKET_DEPTH_L2, DepthCodec.marketDepthL2(update));
        } else {
            session.sendBuffered(InMessage.MARKET_DEPTH, DepthCodec.marketDepth(update));
        }
    }

    private String marketMaker(DepthLevel level) {
        return smartDepth ? level.marketMaker() : exchange;
    }
}
