/**
 * IB news through both surfaces: {@link io.tws4j.client.news.NewsApi} and
 * {@link io.tws4j.client.news.AsyncNewsApi}.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.news;
