/**
 * News: IB's bulletins, the news providers of the login, historical headlines and their
 * articles, and headlines as they break ({@link io.tws4j.news.NewsTick}) on a contract or on a
 * provider's broad tape. Pure values: nothing here does I/O.
 *
 * <p>Everything is non-null unless documented otherwise; absence is an empty string, an empty
 * list or an {@link java.util.Optional}.
 */
package io.tws4j.news;
