@failure-mode @merchant @msi @needs-pos-payments @needs-config
Feature: The web shop sells the last unit and the till sees it live
  The web shop and the till sell from one stock. When a web customer orders the last unit, MSI
  reserves it at once although the shop's shelf still holds it until the order ships. A till that
  reads the shelf, or a cache of an hour ago, shows 1 and sells it twice (field guide §2:
  read-through stock; §9: inventory #2722). The till must read what Magento can still sell, show
  0, and a sale of it must be refused in Magento's own words, with no order and nothing negative.

  Background:
    Given the merchant setup "single-shop"
    And shop "shop_main" holds 1 "BOTTLE-001"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: A web customer orders the last bottle; the till shows none left and cannot sell it
    Given a web customer ordered 1 "BOTTLE-001" on store view "default", not shipped yet
    When the cashier looks up the stock of "BOTTLE-001"
    Then the register shows 0 "BOTTLE-001" read live from Magento
    When the cashier sells to a guest, paid in cash:
      | sku        | qty |
      | BOTTLE-001 | 1   |
    Then the register declined the sale in Magento's own words for too little stock
    And Magento has exactly 0 new orders
    And no quantity of "BOTTLE-001" is below zero
    And source "shop_main" holds 1 of "BOTTLE-001"
