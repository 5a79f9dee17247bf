package io.tws4j.orders;

/**
 * How an order changes the account's margin: initial and maintenance margin and equity with
 * loan value before, the change, and after. What-if answers carry one for regular hours and one
 * for outside them.
 *
 * @param initialBefore initial margin before the order
 * @param maintenanceBefore maintenance margin before
 * @param equityWithLoanBefore equity with loan value before
 * @param initialChange change of initial margin
 * @param maintenanceChange change of maintenance margin
 * @param equityWithLoanChange change of equity with loan value
 * @param initialAfter initial margin after
 * @param maintenanceAfter maintenance margin after
 * @param equityWithLoanAfter equity with loan value after
 */
public record MarginImpact(double initialBefore, double maintenanceBefore, double equityWithLoanBefore,
                           double initialChange, double maintenanceChange, double equityWithLoanChange,
                           double initialAfter, double maintenanceAfter, double equityWithLoanAfter) {}
