package io.tws4j.orders;

/**
 * TWS bound an order entered in TWS itself to an API client, giving it an API order id (in
 * answer to open-order requests of client 0 and to automatic binding).
 *
 * @param permId the order's permanent id
 * @param clientId the API client it is bound to
 * @param orderId the API order id it was given
 */
public record OrderBound(long permId, int clientId, int orderId) implements OrderUpdate {}
