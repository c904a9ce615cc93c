@failure-mode @offline @msi
Feature: The web shop sold the units an offline sale wants
  While the till was offline it sold two bottles; meanwhile the web shop sold two of the three the
  shop had. The replay would drive stock negative, so the sync needs the business's explicit
  policy (field guide §3): hold the sale for a person, or place it and let the shop's stock floor
  at zero. Either way the discrepancy is reported, and no quantity in Magento goes below zero.

  Background:
    Given the merchant setup "single-shop"

  Scenario: Hold for review: the conflicting sale waits for a person and nothing is placed
    Given a register at shop "shop_main" selling on store view "default" with the conflict policy "hold-for-review"
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku        | qty |
      | BOTTLE-001 | 2   |
    And a customer bought 2 "BOTTLE-001" online on store view "default", shipped from "shop_main"
    And the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 0 new orders
    And source "shop_main" holds 1 of "BOTTLE-001"
    And no quantity of "BOTTLE-001" is below zero
    And the register holds the sale for review, 1 "BOTTLE-001" short

  Scenario: Adjust to zero: the sale is placed as sold and the shop's stock ends at zero
    Given a register at shop "shop_main" selling on store view "default" with the conflict policy "adjust-to-zero"
    When the shop's network to Magento goes down
    And the cashier sells to a guest, paid in cash:
      | sku        | qty |
      | BOTTLE-001 | 2   |
    And a customer bought 2 "BOTTLE-001" online on store view "default", shipped from "shop_main"
    And the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 1 new order, selling 2 "BOTTLE-001"
    And source "shop_main" holds 0 of "BOTTLE-001"
    And no quantity of "BOTTLE-001" is below zero
    And the register reports the conflict on "BOTTLE-001" as adjusted
    And the register has no sale left in its queue
