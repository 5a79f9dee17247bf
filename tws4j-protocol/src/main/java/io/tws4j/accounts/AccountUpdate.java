package io.tws4j.accounts;

/**
 * An item of an account updates stream: an account value, a portfolio entry, the time of the
 * update, or the marker that the initial download is complete.
 *
 * {@snippet :
 * switch (update) {
 *     case AccountValue value -> System.out.println(value.key() + " = " + value.value() + " " + value.currency());
 *     case PortfolioValue entry -> System.out.println(entry.contract().symbol() + " " + entry.position());
 *     case AccountUpdateTime time -> System.out.println("as of " + time.time());
 *     case AccountUpdatesEnd end -> System.out.println("download of " + end.account() + " complete");
 * }
 * }
 */
public sealed interface AccountUpdate permits AccountValue, PortfolioValue, AccountUpdateTime, AccountUpdatesEnd {}
