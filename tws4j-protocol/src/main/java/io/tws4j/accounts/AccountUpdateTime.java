package io.tws4j.accounts;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The time of an account update, as TWS reports it: hours and minutes in TWS's time zone.
 *
 * @param time the time
 */
public record AccountUpdateTime(LocalTime time) implements AccountUpdate {

    public AccountUpdateTime {
        Objects.requireNonNull(time, "time");
    }
}
