@failure-mode @merchant @simulator
Feature: The till's tender maps to a payment method Magento does not offer
  POS payment methods are custom codes (pos_cash, pos_card) that must be configured and enabled in
  Magento before go-live (field guide §4). When the method a tender maps to is switched off,
  Magento refuses the order. The cashier must read Magento's own words and take another tender;
  the sale must not become an order, must not be counted as completed, and must not linger in the
  register to reach Magento later behind the cashier's back. A register that swallows the refusal
  sends the customer away believing they paid.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario Outline: Magento no longer offers <method> and a guest buys a mug, <paid>
    Given the merchant has switched off the payment method "<method>" in Magento
    When the cashier sells to a guest, <paid>:
      | sku     | qty |
      | MUG-001 | 1   |
    Then the register declined the sale, showing Magento's message "The requested Payment Method is not available."
    And Magento has exactly 0 new orders
    And the register keeps nothing of the declined sale
    And source "shop_main" holds 40 of "MUG-001"

    Examples:
      | method   | paid         |
      | pos_cash | paid in cash |
      | pos_card | paid by card |
