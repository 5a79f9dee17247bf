package io.tws4j.accounts;

import java.util.Objects;

/**
 * The family code of an account: accounts of one family share commission tiers.
 *
 * @param accountId the account
 * @param familyCode its family code, empty if it belongs to none
 */
public record FamilyCode(String accountId, String familyCode) {

    public FamilyCode {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(familyCode, "familyCode");
    }
}
