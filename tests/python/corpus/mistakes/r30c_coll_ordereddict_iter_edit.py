# Changing an OrderedDict's values while iterating is fine; popping is not.
from collections import OrderedDict
prices = OrderedDict(tea=2, cake=4, jam=3)
for item in prices:
    prices[item] *= 2
print(prices)
for item in prices:
    if prices[item] > 5:
        prices.pop(item)
print(prices)
