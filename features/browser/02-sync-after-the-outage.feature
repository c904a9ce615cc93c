@browser @offline @needs-pos-payments @needs-config
Feature: After the outage the browser register places each queued sale exactly once
  When the link to Magento comes back, "Sync now" replays the queue the browser kept. Each sale
  sold during the outage must become exactly one Magento order: none lost, none placed twice,
  also when the browser was closed and started again while the shop was offline, and also when the
  cashier presses "Sync now" a second time.

  Background:
    Given the merchant setup "single-shop"
    And a browser register at shop "shop_main" selling on store view "default"

  Scenario: Two offline sales, then the sync, twice
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 1   |
    And the cashier sells to a guest, paid in cash:
      | sku      | qty |
      | TOTE-001 | 2   |
    And the shop's network to Magento comes back
    And the register syncs
    And the register syncs
    Then Magento has exactly 2 new orders
    And each queued sale is exactly one order in Magento
    And the register has no sale left in its queue
    And the cashier sees the register Online with 0 sales queued

  Scenario: Two offline sales survive a browser restart, then sync once each
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 1   |
    And the cashier sells to a guest, paid in cash:
      | sku      | qty |
      | TOTE-001 | 2   |
    And the cashier closes the browser and starts it again
    Then the cashier sees the register Offline with 2 sales queued
    And Magento has exactly 0 new orders
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 2 new orders
    And each queued sale is exactly one order in Magento
    And the register has no sale left in its queue
    And source "shop_main" holds 59 of "SOCKS-001"
    And source "shop_main" holds 23 of "TOTE-001"
