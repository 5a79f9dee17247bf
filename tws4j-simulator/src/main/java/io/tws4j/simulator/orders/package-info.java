/**
 * The simulated gateway's orders: the order desk (placing, modifying, holding, transmitting and
 * cancelling as TWS does, with TWS's error codes), the matching engine on the market model
 * (market, limit, stop, trailing, touch, pegged, midprice and auction orders, partial fills,
 * brackets, one-cancels-all groups, time in force), commissions after IB's fixed schedule,
 * what-if answers, listings of open and completed orders and of executions, and option exercise.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.simulator.orders;
