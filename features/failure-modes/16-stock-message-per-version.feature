@failure-mode
Feature: Magento's own words for "not enough stock", per version
  Magento 2.4.8 changed the message for a quantity beyond what is salable from "The requested qty
  is not available" to "Not enough items for sale" (LYNX-530). A register that matches the old
  words to tell its cashier "out of stock" breaks on the upgrade; one that shows Magento's own
  message does not. Either way no order may be created.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  @magento-2.4.7
  Scenario: On Magento 2.4.7 a sale of five bottles out of three is refused in 2.4.7's words
    When the cashier sells to a guest, paid in cash:
      | sku        | qty |
      | BOTTLE-001 | 5   |
    Then the register declined the sale with "The requested qty is not available"
    And Magento has exactly 0 new orders
    And source "shop_main" holds 3 of "BOTTLE-001"

  @magento-2.4.8
  Scenario: On Magento 2.4.8 a sale of five bottles out of three is refused in 2.4.8's words
    When the cashier sells to a guest, paid in cash:
      | sku        | qty |
      | BOTTLE-001 | 5   |
    Then the register declined the sale with "Not enough items for sale"
    And Magento has exactly 0 new orders
    And source "shop_main" holds 3 of "BOTTLE-001"
