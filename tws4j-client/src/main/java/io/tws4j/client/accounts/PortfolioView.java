package io.tws4j.client.accounts;

/**
 * A live view of one account, kept current from TWS's streams: positions, account updates
 * (values and portfolio) and the order update stream with the open orders. Readable from any
 * thread: each read returns a consistent, immutable snapshot. Close it to stop the streams.
 *
 * {@snippet :
 * try (PortfolioView view = client.portfolio("DU1234567")) {
 *     PortfolioSnapshot now = view.snapshot();
 *     System.out.println(now.position(265598) + " AAPL, net liquidation " + now.value("NetLiquidation"));
 * }
 * }
 */
public interface PortfolioView extends AutoCloseable {

    /** Returns the account the view shows. */
    String account();

    /** Returns the account as the view knows it now. */
    PortfolioSnapshot snapshot();

    /** Returns whether the view's streams still run (false once closed or after a lost connection). */
    boolean isLive();

    /** Stops the view's streams. */
    @Override
    void close();
}
