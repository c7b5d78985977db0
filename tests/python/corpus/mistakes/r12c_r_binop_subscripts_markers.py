# A TypeError between two subscripts: the carets under each operand.
prices = {"tea": 2.5, "cake": "3.0"}
orders = [("tea", 2), ("cake", 1)]
for item, qty in orders:
    line_total = prices[item] * qty + prices[item] * 0.1
    print(item, round(line_total, 2))
    print("rounded", round(prices[item] + prices["tea"], 2))
