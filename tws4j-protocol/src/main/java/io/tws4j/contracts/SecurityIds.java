package io.tws4j.contracts;

import java.util.Locale;
import java.util.Map;

/** Checks CUSIPs and ISINs by their check digits, and knows the currency of an ISIN's country. */
final class SecurityIds {
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("US", "USD"), Map.entry("CA", "CAD"), Map.entry("GB", "GBP"), Map.entry("CH", "CHF"),
            Map.entry("JP", "JPY"), Map.entry("AU", "AUD"), Map.entry("NZ", "NZD"), Map.entry("SE", "SEK"),
            Map.entry("NO", "NOK"), Map.entry("DK", "DKK"), Map.entry("HK", "HKD"), Map.entry("SG", "SGD"),
            Map.entry("DE", "EUR"), Map.entry("FR", "EUR"), Map.entry("IT", "EUR"), Map.entry("ES", "EUR"),
            Map.entry("NL", "EUR"), Map.entry("BE", "EUR"), Map.entry("AT", "EUR"), Map.entry("FI", "EUR"),
            Map.entry("IE", "EUR"), Map.entry("PT", "EUR"), Map.entry("GR", "EUR"), Map.entry("LU", "EUR"));

    private SecurityIds() {}

    /** Returns the CUSIP upper-cased, after checking its length and check digit. */
    static String cusip(String cusip) {
        String value = Checks.nonBlank(cusip, "CUSIP").toUpperCase(Locale.ROOT);
        if (!value.matches("[0-9A-Z*@#]{8}[0-9]")) {
            throw new IllegalArgumentException("a CUSIP has 9 characters, the last a digit; '" + cusip + "' does not");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = cusipValue(value.charAt(i));
            if (i % 2 == 1) {
                digit *= 2;
            }
            sum += digit / 10 + digit % 10;
        }
        int check = (10 - sum % 10) % 10;
        if (check != value.charAt(8) - '0') {
            throw new IllegalArgumentException("CUSIP " + value + " has a wrong check digit (expected " + check + ")");
        }
        return value;
    }

    /** Returns the ISIN upper-cased, after checking its form and Luhn check digit. */
    static String isin(String isin) {
        String value = Checks.nonBlank(isin, "ISIN").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[0-9A-Z]{9}[0-9]")) {
            throw new IllegalArgumentException("an ISIN is a country code, 9 characters and a check digit; '" + isin + "' is not");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : value.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        if (sum % 10 != 0) {
            throw new IllegalArgumentException("ISIN " + value + " has a wrong check digit");
        }
        return value;
    }

    /** Returns the currency of the ISIN's country, USD when tws4j does not know it. */
    static String isinCurrency(String isin) {
        return CURRENCIES.getOrDefault(isin.substring(0, 2), "USD");
    }

    private static int cusipValue(char c) {
        return switch (c) {
            case '*' -> 36;
            case '@' -> 37;
            case '#' -> 38;
            default -> Character.digit(c, 36);
        };
    }
}
