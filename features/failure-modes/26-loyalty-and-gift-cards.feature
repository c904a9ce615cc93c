@failure-mode @merchant @commerce @needs-pos-payments @needs-config
Feature: Reward points and gift cards at the till (Adobe Commerce)
  A loyal customer's till purchase must earn her reward points like a web purchase does, or the
  loyalty scheme quietly breaks in the shops (field guide §4: a guest order "breaks loyalty
  accrual"). A gift card presented at the till is money: Magento's gift card account must lose
  exactly what it paid, and the order must show that payment (field guide §7).

  Background:
    Given the merchant setup "shop-with-gift-cards-and-rewards"
    And a register at shop "shop_main" selling on store view "default"

  @needs-pos-extension
  Scenario: Pat's purchase at the till earns her reward points
    Given "pat.rewards@example.com" has 500 reward points in Magento
    When the cashier sells to "pat.rewards@example.com", paid by card:
      | sku     | qty |
      | MUG-001 | 2   |
    Then the order is linked to the customer "pat.rewards@example.com"
    And "pat.rewards@example.com" has 524 reward points in Magento

  Scenario: A gift card pays for two mugs and keeps the rest of its balance
    Given gift card "GC-50" holds 50.00 in Magento
    When the cashier sells to a guest, paid with gift card "GC-50":
      | sku     | qty |
      | MUG-001 | 2   |
    Then Magento has exactly 1 new order
    And the order was paid 25.98 by gift card "GC-50"
    And gift card "GC-50" holds 24.02 in Magento
