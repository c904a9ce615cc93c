@failure-mode @offline @simulator
Feature: The shop's link dies in the middle of a sale
  The cart is built and the order is on its way when the link to Magento dies. The register cannot
  know whether Magento placed the order, so the sale must be queued, never lost; after the link
  comes back the sync must make it exactly one order, whichever way it went, and move the stock
  once (field guide §10: an operation whose outcome is unknown may land or not, never twice).

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario: The link dies before Magento acts on the order placement
    Given the shop's network to Magento will go down while the order placement is on its way, before Magento acts on it
    When the cashier sells to a guest, paid in cash:
      | sku     | qty |
      | CAP-001 | 1   |
    Then the link died in the middle of the order placement
    And the register queued the sale offline
    And Magento has exactly 0 new orders
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 1 new order
    And the register has no sale left in its queue
    And source "shop_main" holds 14 of "CAP-001"

  Scenario: The link dies while Magento places the order
    Given the shop's network to Magento will go down while Magento places the order
    When the cashier sells to a guest, paid in cash:
      | sku     | qty |
      | CAP-001 | 1   |
    Then the link died in the middle of the order placement
    And the register queued the sale offline
    And Magento has exactly 1 new order
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 1 new order
    And the register has no sale left in its queue
    And source "shop_main" holds 14 of "CAP-001"
