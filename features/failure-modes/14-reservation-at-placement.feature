@failure-mode @msi
Feature: A till sale reserves its units the moment it is placed
  Under MSI, placing an order appends a negative reservation on the stock, so the web shop cannot
  sell the same units before the shipment deducts the source. An order saved raw
  (POST /V1/orders, PUT /V1/orders/create) skips the reservation plugin: the shop's salable
  quantity never drops and the web shop oversells (inventory #2787, #3185).

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A cash sale lowers what Magento can sell by what it sold
    Given Magento can sell 40 "MUG-001" on the shop's stock
    When the cashier sells to a guest, paid in cash:
      | sku     | qty |
      | MUG-001 | 2   |
    Then Magento has exactly 1 new order
    And the order reserved 2 "MUG-001" on the shop's stock
    And source "shop_main" holds 38 of "MUG-001"
