package io.tws4j.historical;

import java.util.Objects;

/**
 * An item of a bars request kept up to date: first the bars up to now, then the current bar
 * each time TWS revises it (the same start again while it is being built, a later start once
 * a new bar begins).
 *
 * {@snippet :
 * for (BarUpdate update : subscription.data()) {
 *     switch (update) {
 *         case BarUpdate.Initial(var history) -> chart.load(history.bars());
 *         case BarUpdate.Current(var bar) -> chart.upsert(bar);
 *     }
 * }
 * }
 */
public sealed interface BarUpdate permits BarUpdate.Initial, BarUpdate.Current {

    /**
     * The bars up to the moment of the request; always the first item.
     *
     * @param bars the bars and the period they cover
     */
    record Initial(HistoricalBars bars) implements BarUpdate {
        public Initial {
            Objects.requireNonNull(bars, "bars");
        }
    }

    /**
     * The bar being built, as TWS revised it.
     *
     * @param bar the bar so far
     */
    record Current(Bar bar) implements BarUpdate {
        public Current {
            Objects.requireNonNull(bar, "bar");
        }
    }
}
