package io.tws4j.orders;

import java.math.BigDecimal;

/**
 * How much of an advisor's order goes to one account, as a what-if answer reports it.
 *
 * @param account the account
 * @param position its position now
 * @param positionDesired the position the allocation aims at
 * @param positionAfter its position after the order
 * @param desiredAllocQty the quantity it should get
 * @param allowedAllocQty the quantity it may get
 * @param monetary whether the quantities are amounts of money
 */
public record OrderAllocation(String account, BigDecimal position, BigDecimal positionDesired, BigDecimal positionAfter,
                              BigDecimal desiredAllocQty, BigDecimal allowedAllocQty, boolean monetary) {}
