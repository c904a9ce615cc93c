@golive @offline @needs-pos-payments @needs-config
Feature: Sale during a network outage, then the first sync
  When the shop loses its link to Magento the till keeps selling: the sale is queued durably and
  nothing reaches Magento. When the link comes back, the first sync places each queued sale
  exactly once and the stock moves then.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A cash sale made offline reaches Magento exactly once after the sync
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 3   |
    Then the register queued the sale offline
    And the register shows itself offline with 1 sale queued
    And Magento has exactly 0 new orders
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 1 new order
    And the register has no sale left in its queue
    And source "shop_main" holds 57 of "SOCKS-001"
