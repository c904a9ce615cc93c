@golive @msi
Feature: Return of an online purchase at the till
  A customer bought online (shipped from the warehouse) and returns it in a shop. The money comes
  back through a credit memo on the online order, and the item goes on the *shop's* shelf: the
  shop's source gains it, the warehouse does not (Magento's return-to-stock would credit the
  warehouse that shipped it: inventory #1895, #3109).

  Background:
    Given the merchant setup "two-shops-and-web"
    And a customer bought 2 "UMBRELLA" online on store view "default", shipped from "warehouse"
    And a register at shop "shop_a" selling on store view "shop_a_view"

  Scenario: One umbrella of an online order is returned at shop A
    When the customer brings 1 "UMBRELLA" of that online order back to the till
    Then the online order has a credit memo for 1 "UMBRELLA"
    And source "shop_a" holds 11 of "UMBRELLA"
    And source "warehouse" holds 98 of "UMBRELLA"
    And Magento has exactly 0 new orders
