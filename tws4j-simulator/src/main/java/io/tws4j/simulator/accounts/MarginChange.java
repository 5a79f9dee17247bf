package io.tws4j.simulator.accounts;

/**
 * An account's margin before and after a trade, with its equity with loan value: what a what-if
 * answer reports and what the order checks compare.
 *
 * @param initialBefore initial margin now
 * @param maintenanceBefore maintenance margin now
 * @param equityWithLoan equity with loan value now
 * @param initialAfter initial margin after the trade
 * @param maintenanceAfter maintenance margin after the trade
 */
public record MarginChange(double initialBefore, double maintenanceBefore, double equityWithLoan, double initialAfter,
                           double maintenanceAfter) {

    /** Returns whether the account could open the position: its equity covers the initial margin after the trade. */
    public boolean isCovered() {
        return initialAfter <= equityWithLoan || initialAfter <= initialBefore;
    }
}
