@golive @needs-pos-payments @needs-config
Feature: Discount applied at the register
  A coupon typed at the till must reach Magento as a cart price rule on the order (10 % of the
  special-priced cap and two totes: 54.60 → 5.46 off), and the
  discounted total and tax the register showed must be Magento's to the cent.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A guest uses the TILL10 coupon
    When the cashier sells to a guest with coupon "TILL10", paid in cash:
      | sku      | qty |
      | TOTE-001 | 2   |
      | CAP-001  | 1   |
    Then the register completed the sale
    And Magento has exactly 1 new order
    And the order has a discount of -5.46
    And the order total and tax equal what the register showed
