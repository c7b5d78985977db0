# Looking up a key with the wrong case.
prices = {"Apple": 1.2, "Pear": 0.8}
basket = ["Apple", "pear"]
total = 0
for fruit in basket:
    total += prices[fruit]
print(total)
