# Deleting from a dict while iterating over it.
stock = {"apple": 0, "pear": 3, "plum": 0}
for fruit, n in stock.items():
    if n == 0:
        del stock[fruit]
print(stock)
