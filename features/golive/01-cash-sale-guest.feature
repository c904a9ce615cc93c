@golive @smoke @needs-pos-payments @needs-config
Feature: Standard cash sale to a guest
  The first sale of the day is a walk-in customer paying cash. It must become exactly one Magento
  order on the shop's store view, as a guest, with Magento's tax equal to the register's to the
  cent, paid with the POS cash method, and the units must leave the shop's own source.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A guest pays cash for a mug and two pairs of socks
    When the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | MUG-001   | 1   |
      | SOCKS-001 | 2   |
    Then Magento has exactly 1 new order
    And the order is on store view "default"
    And the order is a guest order
    And the order total and tax equal what the register showed
    And the order was paid with "pos_cash"
    And source "shop_main" holds 39 of "MUG-001"
    And source "shop_main" holds 58 of "SOCKS-001"
