@browser @offline @needs-pos-payments @needs-config
Feature: A reload of the browser register while offline keeps every queued sale
  A browser till keeps its offline queue in the browser (IndexedDB). A cashier who reloads the
  page during an outage, because it looks stuck or by accident, must find every sale still queued
  and still be told the till is offline: a queue that lived only in the page's memory would be gone
  without a trace, and those sales would never reach Magento.

  Background:
    Given the merchant setup "single-shop"
    And a browser register at shop "shop_main" selling on store view "default"

  Scenario: Two sales queued offline are still queued after a reload
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 1   |
    And the cashier sells to a guest, paid in cash:
      | sku      | qty |
      | TOTE-001 | 2   |
    And the cashier reloads the register page
    Then the cashier sees the register Offline with 2 sales queued
    And the register shows itself offline with 2 sales queued
    And Magento has exactly 0 new orders
