@failure-mode @merchant @tax @simulator
Feature: Tax without a shipping address, under every basis and rounding algorithm
  A customer standing in the shop has no shipping address, yet Magento computes tax from the
  shipping address, the billing address or the store's origin, and rounds it per unit, per row or
  on the total, as the merchant configured (field guide §4 "Tax"). The tax the till showed must be
  the tax Magento charges, to the cent, under every combination. This shop is in Texas (8.25 %)
  and its origin, the head office, in California (7.25 %); the cart (3 × 3.33, 7 × 1.99,
  1 × 9.99 = 33.91) is one where the three algorithms part by a cent or two, and the expected tax
  is written below, so the check cannot pass with the till and Magento both wrong.

  Scenario Outline: Tax on the <based_on> address, <algorithm>: the till shows what Magento charges
    Given the merchant setup "texas-shop-california-origin"
    And Magento calculates tax on the <based_on> address, rounding with <algorithm>
    And a register at shop "austin_shop" selling on store view "default"
    When the cashier sells to a guest, paid in cash:
      | sku          | qty |
      | STICKER-001  | 3   |
      | POSTCARD-001 | 7   |
      | KEYRING-001  | 1   |
    Then Magento has exactly 1 new order
    And the register showed the tax and total Magento charged
    And Magento charged <tax> tax, <total> in all

    Examples:
      | based_on | algorithm              | tax  | total |
      | shipping | UNIT_BASE_CALCULATION  | 2.75 | 36.66 |
      | shipping | ROW_BASE_CALCULATION   | 2.79 | 36.70 |
      | shipping | TOTAL_BASE_CALCULATION | 2.80 | 36.71 |
      | billing  | UNIT_BASE_CALCULATION  | 2.75 | 36.66 |
      | billing  | ROW_BASE_CALCULATION   | 2.79 | 36.70 |
      | billing  | TOTAL_BASE_CALCULATION | 2.80 | 36.71 |
      | origin   | UNIT_BASE_CALCULATION  | 2.42 | 36.33 |
      | origin   | ROW_BASE_CALCULATION   | 2.45 | 36.36 |
      | origin   | TOTAL_BASE_CALCULATION | 2.46 | 36.37 |
