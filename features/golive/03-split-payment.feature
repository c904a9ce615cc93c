@golive @needs-pos-payments @needs-pos-extension @needs-config
Feature: Split payment
  Part cash, part card: one order whose payment lines add up to Magento's grand total.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: 20.00 in cash and the rest by card
    When the cashier sells to a guest, paid 20.00 in cash and the rest by card:
      | sku      | qty |
      | TOTE-001 | 1   |
      | MUG-001  | 1   |
    Then the register completed the sale
    And Magento has exactly 1 new order
    And the order was paid with "pos_split"
    And the order total and tax equal what the register showed
