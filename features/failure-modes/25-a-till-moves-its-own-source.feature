@failure-mode @merchant @msi @needs-pos-payments
Feature: A till moves its own shop's source, and no other
  Under MSI each shop is a source. A sale at shop A must take its units off shop A's source (the
  register ships the order from it), not off the Default Source or a source the stock happens to
  rank first (field guide §2, §6: "does it know which source to decrement for each location?").
  A purchase made online and brought back to shop A goes onto shop A's shelf; Magento's own
  return-to-stock would put it back on the warehouse that shipped it (inventory #1895, #3109).

  Background:
    Given the merchant setup "two-shops-and-web"

  Scenario: A sale at shop A takes the umbrellas off shop A's source only
    Given a register at shop "shop_a" selling on store view "shop_a_view"
    And the quantities of "UMBRELLA" on every source are noted
    When the cashier sells to a guest, paid in cash:
      | sku      | qty |
      | UMBRELLA | 2   |
    Then the sale took 2 "UMBRELLA" off source "shop_a" and moved no other source

  Scenario: An umbrella bought online and returned at shop A goes onto shop A's shelf
    Given a customer bought 2 "UMBRELLA" online on store view "default", shipped from "warehouse"
    And a register at shop "shop_a" selling on store view "shop_a_view"
    And the quantities of "UMBRELLA" on every source are noted
    When the customer brings 1 "UMBRELLA" of that online order back to the till
    Then the return put 1 "UMBRELLA" onto source "shop_a" and moved no other source
