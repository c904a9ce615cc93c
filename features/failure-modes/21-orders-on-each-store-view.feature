@failure-mode @merchant @needs-pos-payments @needs-config
Feature: Each till's orders land on its own store view
  A merchant with several store views (languages, brands) needs every till order on the store view
  its till sells on: the store view decides the order's language, its e-mails and the reports it
  counts in. Only the store code in the REST URL (/rest/fr/V1/...) decides it; a cart created
  without it lands on the default store view (field guide §4; Magento issues #4495, PR #15320).

  Background:
    Given the merchant setup "paris-shop-two-store-views"
    And a register "FR" at shop "paris_shop" selling on store view "fr"
    And a register "EN" at shop "paris_shop" selling on store view "default"

  Scenario: The French till and the English till of one shop each sell
    When register "FR" sells to a guest, paid in cash:
      | sku       | qty |
      | SCARF-001 | 1   |
    And register "EN" sells to a guest, paid in cash:
      | sku     | qty |
      | MAP-001 | 2   |
    Then Magento has exactly 2 new orders
    And each order is on the store view of the register that sold it
