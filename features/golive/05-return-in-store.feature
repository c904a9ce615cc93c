@golive @needs-pos-payments @needs-config
Feature: Return of an in-store purchase
  Goods bought at the till and brought back go back on this shop's shelf: a credit memo refunds
  the money in Magento and the shop's own source gets the units back.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A guest returns one of two mugs
    When the cashier sells to a guest, paid in cash:
      | sku     | qty |
      | MUG-001 | 2   |
    And the customer brings back from that sale:
      | sku     | qty |
      | MUG-001 | 1   |
    Then Magento has a credit memo of 12.99 for that order
    And source "shop_main" holds 39 of "MUG-001"
