# Building a price lookup where one order names an unknown item
prices = {"apple": 0.5, "pear": 0.75}
orders = [("apple", 3), ("kiwi", 2), ("pear", 1)]
totals = {item: prices[item] * qty for item, qty in orders}
print(totals)
