# renaming keys in place while looping over the dict
prices = {"apple": 3, "pear": 2, "plum": 4}
for name in prices:
    print("renaming", name)
    value = prices.pop(name)
    prices[name.upper()] = value
print(prices)
