package io.tws4j.simulator.wsh;

import java.time.LocalDate;
import java.util.Map;

/**
 * One WSH event of the simulated calendar.
 *
 * @param date the event's date (its {@code index_date})
 * @param type the event type's tag
 * @param conId the stock it is about
 * @param json the event as a JSON object
 */
record CalendarEvent(LocalDate date, String type, int conId, Map<String, Object> json) {}
