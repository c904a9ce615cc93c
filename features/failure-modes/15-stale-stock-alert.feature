@failure-mode @offline
Feature: A stock refresh that fails is shown, never silent
  The register may cache stock for a short while, but when a reading outlives its cache and Magento
  cannot be asked again, the cashier must see that the number is stale and the register must raise
  an alert: an hour-old stock level shown as fresh because the refresh died is how shops oversell
  (field guide §2).

  Background:
    Given the merchant setup "single-shop"
    And a register at shop "shop_main" selling on store view "default" with stock cached for 100 ms

  Scenario: The cashier looks a mug up again after the link died and the cache expired
    When the cashier looks up the stock of "MUG-001"
    Then the register shows 40 "MUG-001" read live from Magento
    When the shop's network to Magento goes down
    And the reading of "MUG-001" grows older than the cache lifetime
    And the cashier looks up the stock of "MUG-001" again
    Then the register shows the stock of "MUG-001" as stale
    And the register raises a stale-stock alert about "MUG-001"
