@golive @offline @needs-pos-payments @needs-config
Feature: First sync after the network is restored, with inventory reconciliation
  After an outage the register replays its queue and the stock controller compares Magento with
  the ERP. The replay must place every offline sale once; the reconciliation must flag the real
  drift (10 mugs the ERP does not know about) and not the noise (one bottle on a slow seller is
  within its tolerance).

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: Two offline sales sync once each, then the ERP drift is flagged
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku       | qty |
      | SOCKS-001 | 1   |
    And the cashier sells to a guest, paid in cash:
      | sku      | qty |
      | TOTE-001 | 2   |
    Then the register shows itself offline with 2 sales queued
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 2 new orders
    And the register has no sale left in its queue
    And source "shop_main" holds 59 of "SOCKS-001"
    And source "shop_main" holds 23 of "TOTE-001"
    When the stock controller reconciles Magento against the ERP, which differs by "erp-drift-after-outage.csv"
    Then the reconciliation flags exactly:
      | sku     | source_code |
      | MUG-001 | shop_main   |
