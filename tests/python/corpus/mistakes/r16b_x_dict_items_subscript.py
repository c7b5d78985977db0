# dict.items() indexed like a list
prices = {"tea": 2, "cake": 3}
first = prices.items()[0]
print(first)
