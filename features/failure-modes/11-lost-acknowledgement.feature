@failure-mode @offline
Feature: Magento saves the order but its answer is lost
  The classic lost acknowledgement: Magento committed the order, but the register never saw the
  answer (a reset connection, a proxy that dropped it). Magento REST has no idempotency key, so a
  register that simply sends the sale again makes a second order (magento2 #13952). A quote
  converts to at most one order and orders carry its quote_id: a register that kept its cart id
  looks the order up before it sends anything again, and the sale ends as exactly one order.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  @simulator
  Scenario: The order is saved, its answer is lost, and the register finds it only at the sync
    Given Magento will save the next order but its answer to the register will be lost
    And Magento's order search is unavailable
    When the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 2   |
    And Magento's order search is back
    Then Magento has exactly 1 new order
    When the register syncs
    Then Magento has exactly 1 new order
    And the register has no sale left in its queue
    And source "shop_main" holds 58 of "SOCKS-001"
