@browser @offline @needs-pos-payments @needs-config
Feature: The cashier sees that the till is offline and how many sales wait
  The status bar is the cashier's only clue that sales are not reaching Magento. It must say
  Offline as soon as the till has found Magento unreachable, count each queued sale, list an
  offline alert, and say Online with nothing queued once the queue is synced. This is read from
  the visible status bar, as the cashier reads it, not from what the register reports to a driver.

  Background:
    Given the merchant setup "single-shop"
    And a browser register at shop "shop_main" selling on store view "default"

  Scenario: Online, then Offline with one sale queued, then Online again after the sync
    Then the cashier sees the register Online with 0 sales queued
    When the shop's network to Magento goes down
    And the cashier sells 1 "MUG-001" to a guest, paid in cash
    Then the register queued the sale offline
    And the cashier sees the register Offline with 1 sale queued
    And the cashier sees an "offline" alert
    And Magento has exactly 0 new orders
    When the shop's network to Magento comes back
    And the register syncs
    Then Magento has exactly 1 new order
    And the cashier sees the register Online with 0 sales queued
