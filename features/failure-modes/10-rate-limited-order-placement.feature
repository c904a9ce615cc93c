@failure-mode
Feature: The CDN rate-limits the order placement
  A busy register makes many calls, and the CDN or WAF in front of Magento answers some of them
  429 Too Many Requests, with Retry-After saying when to come back (its HTML page, not Magento's
  JSON). The register must wait what it is told and send the order again: a sale declined or
  forgotten because of a 429 is a customer sent away (field guide §6).

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  @simulator
  Scenario: The order placement is refused once with Retry-After 1, the register waits and sells
    Given the CDN in front of Magento answers the next order placement 429 with Retry-After 1
    When the cashier sells to a guest, paid in cash:
      | sku     | qty |
      | MUG-001 | 1   |
    Then the CDN refused the order placement 1 time
    And Magento has exactly 1 new order
    And the register completed the sale
    And source "shop_main" holds 39 of "MUG-001"
