@failure-mode @merchant @needs-pos-payments @needs-config
Feature: An email links the sale to the customer's account; no email makes a guest sale
  When the cashier captures a customer's email, the order must be linked to the existing account,
  so it appears in the customer's order history and earns loyalty; a guest order hides the purchase
  (field guide §4 "Guest vs customer"). A walk-in customer who gives no email is a guest, and the
  sale must not be pinned on someone else's account.

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default"

  Scenario Outline: A mug sold to <who>
    When the cashier sells 1 "MUG-001" to <buyer>, paid in cash
    Then Magento has exactly 1 new order
    And the order belongs to <buyer>
    And the order history of "jane.doe@example.com" <history> the order

    Examples:
      | who                                   | buyer                  | history       |
      | Jane, who gives her email at the till | "jane.doe@example.com" | lists         |
      | a walk-in customer who gives no email | a guest                | does not list |
