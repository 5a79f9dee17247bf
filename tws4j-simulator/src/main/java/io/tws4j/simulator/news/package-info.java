/**
 * The simulated gateway's news: IB's bulletins, four news providers, and stories written from
 * the market model (a stock's move since the previous close at the story's time), served as
 * historical headlines, articles, and news ticks on a contract or a provider's broad tape.
 * Stories are a function of the seed, the stock, the provider and the hour: the same gateway
 * seed always tells the same news.
 */
package io.tws4j.simulator.news;
