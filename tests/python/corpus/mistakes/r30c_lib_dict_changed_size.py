# Deleting from a dict while iterating over it.
stock = {"apple": 0, "pear": 3, "plum": 0, "fig": 2}
for fruit, qty in stock.items():
    if qty == 0:
        del stock[fruit]
print(stock)
