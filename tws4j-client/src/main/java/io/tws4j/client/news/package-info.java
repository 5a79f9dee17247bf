/**
 * IB news through both surfaces: {@link io.tws4j.client.news.NewsApi} and
 * {@link io.tws4j.client.news.AsyncNewsApi}: bulletins, providers, historical headlines
 * ({@link io.tws4j.client.news.HistoricalNewsQuery}), articles, and news ticks on contracts and
 * broad tapes.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.news;
