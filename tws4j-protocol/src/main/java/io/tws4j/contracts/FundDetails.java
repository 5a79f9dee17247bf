package io.tws4j.contracts;

import java.util.Objects;

/**
 * The mutual-fund part of contract details, with each value as TWS sends it.
 *
 * @param name the fund's name
 * @param family the fund family
 * @param type the fund type
 * @param frontLoad the front load
 * @param backLoad the back load
 * @param backLoadTimeInterval the time interval of the back load
 * @param managementFee the management fee
 * @param closed whether the fund is closed
 * @param closedForNewInvestors whether it is closed to new investors
 * @param closedForNewMoney whether it is closed to new money
 * @param notifyAmount the notify amount
 * @param minimumInitialPurchase the minimum initial purchase
 * @param minimumSubsequentPurchase the minimum subsequent purchase
 * @param blueSkyStates the US states where the fund may be sold
 * @param blueSkyTerritories the US territories where the fund may be sold
 * @param distributionPolicyIndicator {@code N} accumulating, {@code Y} income, empty for none
 * @param assetType the asset type code ({@code 000} others ... {@code 007} alternative)
 */
public record FundDetails(String name, String family, String type, String frontLoad, String backLoad,
                          String backLoadTimeInterval, String managementFee, boolean closed,
                          boolean closedForNewInvestors, boolean closedForNewMoney, String notifyAmount,
                          String minimumInitialPurchase, String minimumSubsequentPurchase, String blueSkyStates,
                          String blueSkyTerritories, String distributionPolicyIndicator, String assetType) {

    public FundDetails {
        for (String value : new String[] {name, family, type, frontLoad, backLoad, backLoadTimeInterval, managementFee,
                notifyAmount, minimumInitialPurchase, minimumSubsequentPurchase, blueSkyStates, blueSkyTerritories,
                distributionPolicyIndicator, assetType}) {
            Objects.requireNonNull(value, "fund details have no null fields");
        }
    }

    /** Returns whether every field is unset, as for a contract that is not a fund. */
    public boolean isEmpty() {
        return equals(new FundDetails("", "", "", "", "", "", "", false, false, false, "", "", "", "", "", "", ""));
    }
}
