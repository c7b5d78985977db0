# Deleting from a dict while looping over it
stock = {"apples": 3, "pears": 0, "plums": 5, "figs": 0}
for fruit in stock:
    if stock[fruit] == 0:
        del stock[fruit]
print(stock)
