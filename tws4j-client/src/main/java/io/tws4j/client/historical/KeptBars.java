package io.tws4j.client.historical;

import io.tws4j.client.core.StreamSink;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataEnd;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataUpdate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bars request kept up to date has delivered, so that it survives being sent again: the
 * first answer becomes the {@link BarUpdate.Initial} item; the answer to a request sent again
 * after a reconnect backfills the gap instead, as {@link BarUpdate.Current} items for the bars
 * from the last one delivered on (that one again only if it changed meanwhile), before the live
 * updates. No bar is delivered twice. The handlers run on the reader thread; {@link #resending()}
 * on the thread that resumes the stream, hence the lock.
 */
final class KeptBars {
    private final ZoneId zone;
    private final List<Bar> answer = new ArrayList<>();
    /** The last bar delivered, as delivered; null before the first answer or when it was empty. */
    private Bar last;
    private boolean initialDelivered;

    KeptBars(ZoneId zone) {
        this.zone = zone;
    }

    synchronized void bars(HistoricalData message) {
        answer.addAll(HistoricalCodec.bars(message, zone));
    }

    synchronized void end(HistoricalDataEnd message, StreamSink<BarUpdate> sink) {
        List<Bar> bars = List.copyOf(answer);
        answer.clear();
        if (!initialDelivered) {
            initialDelivered = true;
            last = bars.isEmpty() ? null : bars.getLast();
            sink.next(new BarUpdate.Initial(HistoricalCodec.historicalBars(bars, message, zone)));
            return;
        }
        for (Bar bar : bars) {
            if (isNew(bar)) {
                deliver(bar, sink);
            }
        }
    }

    synchronized void update(HistoricalDataUpdate message, StreamSink<BarUpdate> sink) {
        deliver(HistoricalCodec.update(message, zone), sink);
    }

    /** The request is about to be sent again: a partial answer is void; what was delivered stays, to deduplicate by. */
    synchronized void resending() {
        answer.clear();
    }

    /** Returns whether a backfilled bar was not delivered yet: a later bar, or the last one changed. */
    private boolean isNew(Bar bar) {
        if (last == null) {
            return true;
        }
        int order = bar.time().compareTo(last.time());
        return order > 0 || order == 0 && !bar.equals(last);
    }

    private void deliver(Bar bar, StreamSink<BarUpdate> sink) {
        last = bar;
        sink.next(new BarUpdate.Current(bar));
    }
}
