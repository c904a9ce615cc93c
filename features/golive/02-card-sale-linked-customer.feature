@golive @needs-pos-payments @needs-config
Feature: Card payment by a known customer
  When the cashier captures the customer's email the order must be linked to the existing account
  (so it appears in the customer's history and earns loyalty), not left as a guest order.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: Jane pays by card and the order is hers
    When the cashier sells to "jane.doe@example.com", paid by card:
      | sku        | qty |
      | BOTTLE-001 | 1   |
    Then Magento has exactly 1 new order
    And the order is linked to the customer "jane.doe@example.com"
    And the order is on store view "default"
    And the order was paid with "pos_card"
    And the order total and tax equal what the register showed
    And source "shop_main" holds 2 of "BOTTLE-001"
